using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dopamine.Content.Loading;

/// <summary>Splits a page into its YAML front matter and Markdown body, reporting problems with file lines.</summary>
internal static class FrontMatterReader
{
    private const string Fence = "---";

    /// <summary>The front matter and where the body starts, or null when a problem stops the page being published.</summary>
    public static ParsedFrontMatter? Read(string text, FileDiagnostics problems)
    {
        // Only the front matter is split into lines; the body stays where it is in the text (see BodyStart).
        var (yamlLines, close, bodyStart) = FrontMatterLines(text);
        if (yamlLines is null)
        {
            problems.Report(DiagnosticCodes.MissingFrontMatter, 1,
                "The page must start with a '---' line, its YAML front matter, and another '---' line.");
            return null;
        }

        if (close < 0)
        {
            problems.Report(DiagnosticCodes.MissingFrontMatter, 1,
                "The front matter is never closed: add a '---' line after the last YAML key.");
            return null;
        }

        var yaml = string.Join('\n', yamlLines);
        var keyLines = ReadKeyLines(yaml, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        FrontMatter matter;
        try
        {
            matter = YamlReaders.Lenient.Deserialize<FrontMatter?>(yaml) ?? new FrontMatter();
        }
        catch (Exception ex) when (YamlError.IsParseFailure(ex))
        {
            YamlError.Report(ex, problems, YamlFirstLine);
            return null;
        }

        RequireText(matter.Title, "title", problems);
        RequireText(matter.Summary, "summary", problems);
        var evidence = ReadEnum<EvidenceLevel>(matter.Evidence, "evidence", keyLines, problems);
        var safety = ReadEnum<SafetyTopic>(matter.Safety, "safety", keyLines, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        return new ParsedFrontMatter(matter, evidence, safety, bodyStart, close + 1, keyLines);
    }

    // The lines between the opening and closing fences, the closing fence's line index (-1 if never closed) and
    // where the body starts in the text. Null lines when the text does not open with a fence.
    private static (List<string>? YamlLines, int Close, int BodyStart) FrontMatterLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var index = 0; start <= text.Length; index++)
        {
            var end = text.IndexOf('\n', start);
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
            var next = end < 0 ? text.Length + 1 : end + 1;
            if (line.SequenceEqual(Fence))
            {
                if (index > 0)
                {
                    return (lines, index, Math.Min(next, text.Length));
                }
            }
            else if (index == 0)
            {
                return (null, -1, 0);
            }
            else
            {
                lines.Add(line.ToString());
            }

            start = next;
        }

        return (lines, -1, text.Length);
    }

    private static Dictionary<string, int> ReadKeyLines(string yaml, FileDiagnostics problems)
    {
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception ex) when (YamlError.IsParseFailure(ex))
        {
            YamlError.Report(ex, problems, YamlFirstLine);
            return keyLines;
        }

        if (stream.Documents.Count == 0)
        {
            return keyLines;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            problems.Report(DiagnosticCodes.MalformedYaml, YamlFirstLine, "Front matter must be a set of 'key: value' lines.");
            return keyLines;
        }

        foreach (var key in mapping.Children.Keys.OfType<YamlScalarNode>())
        {
            var name = key.Value ?? "";
            var line = FileLine(key.Start);
            keyLines[name] = line;
            if (!FrontMatter.KnownKeys.Contains(name))
            {
                problems.Report(DiagnosticCodes.UnknownFrontMatterKey, line,
                    $"Unknown front-matter key '{name}'. Known keys: {string.Join(", ", FrontMatter.KnownKeys)}.", (int)key.Start.Column);
            }
        }

        return keyLines;
    }

    private static T? ReadEnum<T>(string? value, string key, Dictionary<string, int> keyLines, FileDiagnostics problems)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        problems.Report(DiagnosticCodes.MalformedYaml, keyLines.GetValueOrDefault(key, 1), $"{key} '{value}' is not one of {allowed}.");
        return null;
    }

    private static void RequireText(string? value, string key, FileDiagnostics problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Report(DiagnosticCodes.MissingField, 1, $"The front matter needs a non-empty '{key}'.");
        }
    }

    // The YAML starts on the file's second line, after '---'; YamlDotNet's lines are 1-based.
    private const int YamlFirstLine = 2;

    private static int FileLine(Mark mark) => (int)mark.Line - 1 + YamlFirstLine;
}
