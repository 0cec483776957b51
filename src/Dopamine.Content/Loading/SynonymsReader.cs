using Dopamine.Content.Diagnostics;

namespace Dopamine.Content.Loading;

/// <summary>
/// Reads <c>synonyms.txt</c>: one group of equivalent reader words per line, comma-separated, the canonical
/// term first (<c>caffeine, coffee, espresso</c>); blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class SynonymsReader
{
    public static List<IReadOnlyList<string>> Parse(string text, FileDiagnostics problems)
    {
        var groups = new List<IReadOnlyList<string>>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var words = line.Split(',').Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).Distinct().ToList();
            if (words.Count < 2)
            {
                problems.Report(DiagnosticCodes.InvalidEntry, i + 1, "A synonym line needs at least two comma-separated words or phrases.");
                continue;
            }

            groups.Add(words);
        }

        return groups;
    }
}
