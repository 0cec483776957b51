using Markdig.Helpers;
using Markdig.Parsers;

namespace Dopamine.Content.Markdown.WikiLinks;

/// <summary>Parses <c>[[slug]]</c> and <c>[[slug|text]]</c>; anything else starting with <c>[</c> is left to Markdig.</summary>
internal sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var contentStart = slice.Start + 2;
        var close = text.IndexOf("]]", contentStart, slice.End - contentStart + 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var content = text[contentStart..close];
        if (content.Contains('\n', StringComparison.Ordinal) || content.Contains('[', StringComparison.Ordinal))
        {
            return false;
        }

        var bar = content.IndexOf('|', StringComparison.Ordinal);
        var target = (bar < 0 ? content : content[..bar]).Trim().Split('#', 2);
        var slug = target[0].Trim();
        var label = bar < 0 ? null : content[(bar + 1)..].Trim();
        if (slug.Length == 0)
        {
            return false;
        }

        var inline = new WikiLinkInline
        {
            Slug = slug,
            Fragment = target.Length > 1 && target[1].Trim().Length > 0 ? target[1].Trim() : null,
            Label = string.IsNullOrEmpty(label) ? null : label,
        };
        return ParsedInline.Accept(processor, ref slice, inline, close + 1);
    }
}
