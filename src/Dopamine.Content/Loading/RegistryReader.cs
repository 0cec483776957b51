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
    public static (List<T>? Entries, List<Diagnostic> Diagnostics) Read<T>(string text, string file, Func<T, int, T> withLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception ex) when (YamlError.IsParseFailure(ex))
        {
            return (null, [YamlError.ToDiagnostic(ex, file, firstLine: 1)]);
        }

        if (stream.Documents.Count == 0)
        {
            return ([], []);
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode sequence)
        {
            return (null, [new Diagnostic(DiagnosticCodes.MalformedYaml, file, 1, "The file must be a YAML list of entries, each starting with '- '.")]);
        }

        var entries = new List<T>();
        var diagnostics = new List<Diagnostic>();
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
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidEntry, file, LineOfNamedKey(node, message) ?? line,
                    $"This entry was left out: {message} Check the field names and values."));
            }
        }

        return (entries, diagnostics);
    }

    // YamlDotNet names the offending field in quotes; point at that field's line rather than the entry's.
    private static int? LineOfNamedKey(YamlNode node, string message) =>
        node is YamlMappingNode mapping
            ? mapping.Children.Keys.OfType<YamlScalarNode>()
                .Where(k => message.Contains($"'{k.Value}'", StringComparison.Ordinal))
                .Select(k => (int?)k.Start.Line)
                .FirstOrDefault()
            : null;

    // Each entry is deserialized on its own, so one bad field costs that entry, not the whole registry.
    private static string Serialize(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
