using System.Text;
using Dopamine.Content.Markdown.EvidenceLabels;
using Dopamine.Content.Markdown.WikiLinks;
using Dopamine.Content.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Linking;

/// <summary>
/// Turns a linked page into its plain text, one line per paragraph, heading or list item, and splits that text into
/// the parts search and answers can point a reader to: each key point on its own, then each headed section with the
/// text below its heading. Text before the first heading has no anchor and belongs to no section. Each part keeps
/// where its citation markers fall, and a key point its own evidence label.
/// </summary>
internal static class SectionSplitter
{
    private sealed record Span(string Anchor, string Title, SectionKind Kind, int Start, int End, EvidenceLevel? Evidence, bool OnlyLinks = false);

    public static (string Text, List<ArticleSection> Sections) Split(MarkdownDocument document)
    {
        // The plain text is shorter than the Markdown it comes from: one buffer, never grown.
        var text = new StringBuilder(Math.Max(16, document.Span.Length));
        var citations = new List<CitationMark>();
        // Sections are found as ranges of the text, which is only complete at the end.
        var spans = new List<Span>();
        string? anchor = null;
        var title = "";
        var start = 0;
        var onlyLinks = true;
        void Flush()
        {
            if (anchor is not null && text.Length > start)
            {
                spans.Add(new Span(anchor, title, SectionKind.Headed, start, text.Length, null, onlyLinks));
            }
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock heading && heading.GetAttributes().Id is { } id)
            {
                Flush();
                (anchor, title, onlyLinks) = (id, InlineText.Of(heading.Inline), true);
                AppendText(heading, text, citations);
                start = text.Length;
            }
            else if (KeyPointList.Is(block))
            {
                Flush();
                foreach (var item in ((ListBlock)block).OfType<ListItemBlock>())
                {
                    var itemStart = text.Length;
                    AppendText(item, text, citations);
                    var lead = item.Descendants<EmphasisInline>().FirstOrDefault();
                    var evidence = item.Descendants<EvidenceLabelInline>().Select(l => l.Level).FirstOrDefault(l => l is not null);
                    spans.Add(new Span(item.GetAttributes().Id!, lead is null ? "" : InlineText.Of(lead).Trim(), SectionKind.KeyPoint,
                        itemStart, text.Length, evidence));
                }

                anchor = null;
            }
            else
            {
                onlyLinks &= IsLinkList(block);
                AppendText(block, text, citations);
            }
        }

        Flush();
        var plain = text.ToString().TrimEnd('\n');
        var sections = spans.Select(s => (Span: s, Range: s.Start..Math.Min(s.End, plain.Length)))
            .Where(s => !plain.AsSpan()[s.Range].IsWhiteSpace())
            .Select(s => new ArticleSection(s.Span.Anchor, s.Span.Title, s.Range)
            {
                Kind = s.Span.Kind,
                Evidence = s.Span.Evidence,
                OnlyLinks = s.Span.OnlyLinks,
                Citations = citations.Where(c => c.Offset > s.Range.Start.Value && c.Offset <= s.Range.End.Value).ToList(),
            }).ToList();
        return (plain, sections);
    }

    // A list whose every item opens with a link to another page: "Questions in this theme".
    private static bool IsLinkList(Block block) =>
        block is ListBlock list && list.OfType<ListItemBlock>().All(item =>
            item.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline?.FirstChild is WikiLinkInline);

    // Each leaf's text straight into the page's text: a string per paragraph was most of the splitting's cost.
    private static void AppendText(Block block, StringBuilder text, List<CitationMark> citations)
    {
        var leaves = block is LeafBlock leaf ? [leaf] : block.Descendants<LeafBlock>();
        foreach (var line in leaves)
        {
            var start = text.Length;
            InlineText.AppendTo(line.Inline, text, citations);
            if (text.Length > start)
            {
                text.Append('\n');
            }
        }
    }
}
