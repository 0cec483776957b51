using System.Text;
using Dopamine.Content.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Linking;

/// <summary>
/// Turns a linked page into its plain text, one line per paragraph, heading or list item, and splits that text into
/// the parts search can point a reader to: each key point on its own, then each headed section with the text below
/// its heading. Text before the first heading has no anchor and belongs to no section.
/// </summary>
internal static class SectionSplitter
{
    public static (string Text, List<ArticleSection> Sections) Split(MarkdownDocument document)
    {
        // The plain text is shorter than the Markdown it comes from: one buffer, never grown.
        var text = new StringBuilder(Math.Max(16, document.Span.Length));
        // Sections are found as ranges of the text, which is only complete at the end.
        var spans = new List<(string Anchor, string Title, int Start, int End)>();
        string? anchor = null;
        var title = "";
        var start = 0;
        void Flush()
        {
            if (anchor is not null && text.Length > start)
            {
                spans.Add((anchor, title, start, text.Length));
            }
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock heading && heading.GetAttributes().Id is { } id)
            {
                Flush();
                (anchor, title) = (id, InlineText.Of(heading.Inline));
                AppendText(heading, text);
                start = text.Length;
            }
            else if (block is ListBlock list && list.GetAttributes().Classes?.Contains("key-points") == true)
            {
                Flush();
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var itemStart = text.Length;
                    AppendText(item, text);
                    var lead = item.Descendants<EmphasisInline>().FirstOrDefault();
                    spans.Add((item.GetAttributes().Id!, lead is null ? "" : InlineText.Of(lead).Trim(), itemStart, text.Length));
                }

                anchor = null;
            }
            else
            {
                AppendText(block, text);
            }
        }

        Flush();
        var plain = text.ToString().TrimEnd('\n');
        var sections = spans.Select(s => (s.Anchor, s.Title, Range: s.Start..Math.Min(s.End, plain.Length)))
            .Where(s => !plain.AsSpan()[s.Range].IsWhiteSpace())
            .Select(s => new ArticleSection(s.Anchor, s.Title, s.Range)).ToList();
        return (plain, sections);
    }

    // Each leaf's text straight into the page's text: a string per paragraph was most of the splitting's cost.
    private static void AppendText(Block block, StringBuilder text)
    {
        var leaves = block is LeafBlock leaf ? [leaf] : block.Descendants<LeafBlock>();
        foreach (var line in leaves)
        {
            var start = text.Length;
            InlineText.AppendTo(line.Inline, text);
            if (text.Length > start)
            {
                text.Append('\n');
            }
        }
    }
}
