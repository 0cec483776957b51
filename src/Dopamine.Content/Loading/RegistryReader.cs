using Dopamine.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dopamine.Content.Loading;

/// <summary>
/// Reads a YAML list of entries (sources.yml, glossary.yml) one entry at a time, so each entry knows its
/// line and an unknown field is reported where it stands.
/// </summary>
internal static class RegistryReader
{
    /// <summary>Returns null entries when the file as a whole cannot be read; the caller keeps the last good one.</summary>
    public static (List<T>? Entries, List<Diagnostic> Diagnostics) Read<T>(string text, string file, Func<T, int, T> withLine)
    {
        var entries = new List<T>();
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return (entries, []);
            }

            parser.Consume<DocumentStart>();
            parser.Consume<SequenceStart>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var line = (int)parser.Current!.Start.Line;
                var entry = YamlReaders.Strict.Deserialize<T>(parser);
                entries.Add(withLine(entry, line));
            }
        }
        catch (Exception ex) when (YamlError.IsParseFailure(ex))
        {
            return (null, [YamlError.ToDiagnostic(ex, file, firstLine: 1)]);
        }

        return (entries, []);
    }
}
