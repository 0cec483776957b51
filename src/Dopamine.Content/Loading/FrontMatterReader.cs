using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dopamine.Content.Loading;

/// <summary>Splits a page into its YAML front matter and Markdown body, reporting problems with file lines.</summary>
internal static class FrontMatterReader
{
    private const string Fence = "---";

    public static ParsedFrontMatter Read(string text, string file)
    {
        // Only the front matter is split into lines; the body stays where it is in the text (see BodyStart).
        var (yamlLines, close, bodyStart) = FrontMatterLines(text);
        if (yamlLines is null)
        {
            return ParsedFrontMatter.Failed(new Diagnostic(DiagnosticCodes.MissingFrontMatter, file, 1,
                "The page must start with a '---' line, its YAML front matter, and another '---' line."));
        }

        if (close < 0)
        {
            return ParsedFrontMatter.Failed(new Diagnostic(DiagnosticCodes.MissingFrontMatter, file, 1,
                "The front matter is never closed: add a '---' line after the last YAML key."));
        }

        var yaml = string.Join('\n', yamlLines);
        var diagnostics = new List<Diagnostic>();
        var keyLines = ReadKeyLines(yaml, file, diagnostics);
        if (diagnostics.Count > 0)
        {
            return ParsedFrontMatter.Failed([.. diagnostics]);
        }

        FrontMatter matter;
        try
        {
            matter = YamlReaders.Lenient.Deserialize<FrontMatter?>(yaml) ?? new FrontMatter();
        }
        catch (Exception ex) when (YamlError.IsParseFailure(ex))
        {
            return ParsedFrontMatter.Failed(YamlError.ToDiagnostic(ex, file, YamlFirstLine));
        }

        RequireText(matter.Title, "title", file, diagnostics);
        RequireText(matter.Summary, "summary", file, diagnostics);
        var evidence = ReadEnum<EvidenceLevel>(matter.Evidence, "evidence", file, keyLines, diagnostics);
        var safety = ReadEnum<SafetyTopic>(matter.Safety, "safety", file, keyLines, diagnostics);
        if (diagnostics.Count > 0)
        {
            return ParsedFrontMatter.Failed([.. diagnostics]);
        }

        return new ParsedFrontMatter(matter, evidence, safety, bodyStart, close + 1, keyLines, []);
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

    private static Dictionary<string, int> ReadKeyLines(string yaml, string file, List<Diagnostic> diagnostics)
    {
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception ex) when (YamlError.IsParseFailure(ex))
        {
            diagnostics.Add(YamlError.ToDiagnostic(ex, file, YamlFirstLine));
            return keyLines;
        }

        if (stream.Documents.Count == 0)
        {
            return keyLines;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedYaml, file, 2,
                "Front matter must be a set of 'key: value' lines."));
            return keyLines;
        }

        foreach (var key in mapping.Children.Keys.OfType<YamlScalarNode>())
        {
            var name = key.Value ?? "";
            var line = FileLine(key.Start);
            keyLines[name] = line;
            if (!FrontMatter.KnownKeys.Contains(name))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownFrontMatterKey, file, line,
                    $"Unknown front-matter key '{name}'. Known keys: {string.Join(", ", FrontMatter.KnownKeys)}."));
            }
        }

        return keyLines;
    }

    private static T? ReadEnum<T>(string? value, string key, string file, Dictionary<string, int> keyLines,
        List<Diagnostic> diagnostics) where T : struct, Enum
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
        diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedYaml, file, keyLines.GetValueOrDefault(key, 1),
            $"{key} '{value}' is not one of {allowed}."));
        return null;
    }

    private static void RequireText(string? value, string key, string file, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingField, file, 1,
                $"The front matter needs a non-empty '{key}'."));
        }
    }

    // The YAML starts on the file's second line, after '---'; YamlDotNet's lines are 1-based.
    private const int YamlFirstLine = 2;

    private static int FileLine(Mark mark) => (int)mark.Line - 1 + YamlFirstLine;
}
