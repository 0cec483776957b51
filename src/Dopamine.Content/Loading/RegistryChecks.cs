using System.Text.RegularExpressions;
using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>Checks registry entries for ids and names, and for clips whose episode is missing.</summary>
internal static partial class RegistryChecks
{
    /// <summary>Returns the entries that can be used, reporting the rest.</summary>
    public static List<T> Validate<T>(IEnumerable<T> entries, FileDiagnostics problems) where T : IRegistryEntry
    {
        var kept = new List<T>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.DisplayName))
            {
                problems.Report(DiagnosticCodes.InvalidEntry, entry.Line,
                    "Every entry needs an 'id' and a name ('title' for sources, 'term' for the glossary).");
            }
            else if (!ids.Add(entry.Id))
            {
                problems.Report(DiagnosticCodes.DuplicateId, entry.Line,
                    $"Id '{entry.Id}' is used twice. Give each entry its own id.");
            }
            else
            {
                kept.Add(entry);
            }
        }

        CheckClips(kept.OfType<Source>().ToList(), problems);
        CheckDois(kept.OfType<Source>(), problems);
        return kept;
    }

    /// <summary>Reports every source that no page cites, directly or through one of its clips.</summary>
    public static void ReportUnusedSources(IReadOnlyDictionary<string, Source> sources, IEnumerable<Article> articles, FileDiagnostics problems)
    {
        var cited = articles.SelectMany(a => a.Citations).Select(c => c.Source).ToList();
        var used = cited.Select(s => s.Id).Concat(cited.Select(s => s.Episode).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources.Values.Where(s => !used.Contains(s.Id)).OrderBy(s => s.Line))
        {
            problems.Report(DiagnosticCodes.UnusedSource, source.Line,
                $"Source '{source.Id}' is cited by no page. Cite it or remove it.");
        }
    }

    /// <summary>Reports every glossary term that no page uses.</summary>
    public static void ReportUnusedGlossaryTerms(IEnumerable<GlossaryTerm> glossary, IEnumerable<Article> articles, FileDiagnostics problems)
    {
        var used = articles.SelectMany(a => a.GlossaryTerms).ToHashSet(StringComparer.Ordinal);
        foreach (var term in glossary.Where(t => !used.Contains(t.Id)))
        {
            problems.Report(DiagnosticCodes.UnusedGlossaryTerm, term.Line,
                $"Glossary term '{term.Id}' appears on no page. Use it in a page, add the alias pages use, or remove it.");
        }
    }

    private static void CheckDois(IEnumerable<Source> sources, FileDiagnostics problems)
    {
        foreach (var source in sources.Where(s => s.Doi is not null && !DoiPattern().IsMatch(s.Doi)))
        {
            problems.Report(DiagnosticCodes.MalformedDoi, source.Line,
                $"DOI '{source.Doi}' of '{source.Id}' is malformed: write it as 10.NNNN/suffix, without https://doi.org/.");
        }
    }

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();

    private static void CheckClips(List<Source> sources, FileDiagnostics problems)
    {
        var episodes = sources.Where(s => s.Type == SourceType.Episode).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var clip in sources.Where(s => s.Type == SourceType.Clip && (s.Episode is null || !episodes.Contains(s.Episode))))
        {
            problems.Report(DiagnosticCodes.InvalidEntry, clip.Line,
                $"Clip '{clip.Id}' must name its episode: 'episode:' with the id of an episode in this file.");
        }
    }
}
