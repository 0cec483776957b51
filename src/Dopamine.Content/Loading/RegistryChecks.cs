using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>Checks registry entries for ids and names, and for clips whose episode is missing.</summary>
internal static class RegistryChecks
{
    /// <summary>Returns the entries that can be used, reporting the rest.</summary>
    public static List<T> Validate<T>(IEnumerable<T> entries, string file, List<Diagnostic> diagnostics) where T : IRegistryEntry
    {
        var kept = new List<T>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.DisplayName))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidEntry, file, entry.Line,
                    "Every entry needs an 'id' and a name ('title' for sources, 'term' for the glossary)."));
            }
            else if (!ids.Add(entry.Id))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateId, file, entry.Line,
                    $"Id '{entry.Id}' is used twice. Give each entry its own id."));
            }
            else
            {
                kept.Add(entry);
            }
        }

        CheckClips(kept.OfType<Source>().ToList(), file, diagnostics);
        return kept;
    }

    private static void CheckClips(List<Source> sources, string file, List<Diagnostic> diagnostics)
    {
        var episodes = sources.Where(s => s.Type == SourceType.Episode).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var clip in sources.Where(s => s.Type == SourceType.Clip && (s.Episode is null || !episodes.Contains(s.Episode))))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidEntry, file, clip.Line,
                $"Clip '{clip.Id}' must name its episode: 'episode:' with the id of an episode in this file."));
        }
    }
}
