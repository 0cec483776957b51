using System.Text;
using Dopamine.Content.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Linking;

/// <summary>
/// Splits a linked page into the parts search can point a reader to: each key point on its own, then each
/// headed section with the text below its heading. Text before the first heading has no anchor and is skipped.
/// </summary>
internal static class SectionSplitter
{
    public static List<ArticleSection> Split(MarkdownDocument document)
    {
        var sections = new List<ArticleSection>();
        string? anchor = null;
        var title = "";
        var text = new StringBuilder();
        void Flush()
        {
            if (anchor is not null && text.Length > 0)
            {
                sections.Add(new ArticleSection(anchor, title, text.ToString().Trim()));
            }

            text.Clear();
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock heading && heading.GetAttributes().Id is { } id)
            {
                Flush();
                (anchor, title) = (id, InlineText.Of(heading.Inline));
            }
            else if (block is ListBlock list && list.GetAttributes().Classes?.Contains("key-points") == true)
            {
                Flush();
                sections.AddRange(list.OfType<ListItemBlock>().Select(KeyPoint));
                anchor = null;
            }
            else
            {
                AppendText(block, text);
            }
        }

        Flush();
        return sections;
    }

    private static ArticleSection KeyPoint(ListItemBlock item)
    {
        var text = new StringBuilder();
        AppendText(item, text);
        var lead = item.Descendants<EmphasisInline>().FirstOrDefault();
        return new ArticleSection(item.GetAttributes().Id!, lead is null ? "" : InlineText.Of(lead).Trim(), text.ToString().Trim());
    }

    private static void AppendText(Block block, StringBuilder text)
    {
        var leaves = block is LeafBlock leaf ? [leaf] : block.Descendants<LeafBlock>();
        foreach (var l in leaves)
        {
            text.Append(InlineText.Of(l.Inline)).Append(' ');
        }
    }
}
