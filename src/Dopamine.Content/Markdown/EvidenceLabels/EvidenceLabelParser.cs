using Markdig.Helpers;
using Markdig.Parsers;

namespace Dopamine.Content.Markdown.EvidenceLabels;

/// <summary>Parses <c>[evidence: level]</c>; any other bracket is left to the next parser.</summary>
internal sealed class EvidenceLabelParser : InlineParser
{
    private const string Prefix = "[evidence:";

    public EvidenceLabelParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        if (slice.End - slice.Start + 1 < Prefix.Length
            || string.Compare(text, slice.Start, Prefix, 0, Prefix.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var close = text.IndexOf(']', slice.Start, slice.End - slice.Start + 1);
        if (close < 0)
        {
            return false;
        }

        var word = text[(slice.Start + Prefix.Length)..close].Trim();
        if (word.Length == 0 || word.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        var inline = new EvidenceLabelInline
        {
            Word = word,
        };
        return ParsedInline.Accept(processor, ref slice, inline, close);
    }
}
