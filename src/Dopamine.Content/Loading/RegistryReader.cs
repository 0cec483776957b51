using Dopamine.Content.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Dopamine.Content.Loading;

/// <summary>
/// Reads a YAML list of entries (sources.yml, glossary.yml, tags.yml). A file that is not valid YAML fails
/// as a whole (the caller keeps its last good version); an entry with an unknown or mistyped field is
/// reported at its line and left out, and every other entry is kept.
/// </summary>
internal static class RegistryReader
{
    /// <summary>The entries that read, or null when the file as a whole is not a YAML list.</summary>
    public static List<T>? Read<T>(string text, FileDiagnostics problems, Func<T, int, T> withLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception ex) when (YamlError.IsParseFailure(ex))
        {
            YamlError.Report(ex, problems, firstLine: 1);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode sequence)
        {
            problems.Report(DiagnosticCodes.MalformedYaml, 1, "The file must be a YAML list of entries, each starting with '- '.");
            return null;
        }

        var entries = new List<T>();
        foreach (var node in sequence.Children)
        {
            var line = (int)node.Start.Line;
            try
            {
                entries.Add(withLine(YamlReaders.Strict.Deserialize<T>(Serialize(node)), line));
            }
            catch (Exception ex) when (YamlError.IsParseFailure(ex))
            {
                var message = ex.InnerException?.Message ?? ex.Message;
                var at = KeyNamedIn(node, message)?.Start ?? node.Start;
                problems.Report(DiagnosticCodes.InvalidEntry, (int)at.Line, $"This entry was left out: {message} Check the field names and values.",
                    (int)at.Column);
            }
        }

        return entries;
    }

    // YamlDotNet names the offending field in quotes; point at that field rather than the entry.
    private static YamlScalarNode? KeyNamedIn(YamlNode node, string message) =>
        node is YamlMappingNode mapping
            ? mapping.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => message.Contains($"'{k.Value}'", StringComparison.Ordinal))
            : null;

    // Each entry is deserialized on its own, so one bad field costs that entry, not the whole registry.
    private static string Serialize(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
