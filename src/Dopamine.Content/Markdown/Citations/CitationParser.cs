using Markdig.Helpers;
using Markdig.Parsers;

namespace Dopamine.Content.Markdown.Citations;

/// <summary>Parses <c>[@key]</c>, <c>[@key, locator]</c> and several such separated by <c>;</c>.</summary>
internal sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var text = slice.Text;
        var close = text.IndexOf(']', slice.Start + 1, slice.End - slice.Start);
        if (close < 0)
        {
            return false;
        }

        var references = ParseReferences(text[(slice.Start + 1)..close]);
        if (references is null)
        {
            return false;
        }

        var inline = new CitationInline
        {
            References = references,
        };
        return ParsedInline.Accept(processor, ref slice, inline, close);
    }

    /// <summary>Returns null when the bracket is not a citation, so Markdig treats it as ordinary text.</summary>
    internal static List<CitationReference>? ParseReferences(string content)
    {
        var references = new List<CitationReference>();
        foreach (var part in content.Split(';'))
        {
            var item = part.Trim();
            if (item.Length < 2 || item[0] != '@')
            {
                return null;
            }

            var comma = item.IndexOf(',', StringComparison.Ordinal);
            var key = (comma < 0 ? item[1..] : item[1..comma]).Trim();
            var locator = comma < 0 ? null : item[(comma + 1)..].Trim();
            if (key.Length == 0 || !key.All(IsKeyChar))
            {
                return null;
            }

            references.Add(new CitationReference(key, string.IsNullOrEmpty(locator) ? null : locator));
        }

        return references;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
