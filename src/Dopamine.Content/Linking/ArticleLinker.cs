using Dopamine.Content.Diagnostics;
using Dopamine.Content.Markdown.Citations;
using Dopamine.Content.Markdown.EvidenceLabels;
using Dopamine.Content.Markdown.WikiLinks;
using Dopamine.Content.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Linking;

/// <summary>
/// Resolves a parsed page against the rest of the content: page links get their URLs, citations their
/// numbers in order of first use, key points their anchors. Runs once per page per load, before rendering.
/// </summary>
internal static class ArticleLinker
{
    public const string KeyPointsHeadingId = "key-points";

    public static LinkedBody Link(MarkdownDocument document, LinkContext context)
    {
        ConvertMarkdownFileLinks(document);
        foreach (var citation in document.Descendants<CitationInline>())
        {
            AttachToPrecedingWord(citation);
        }

        var mentions = ResolvePageLinks(document, context);
        var citations = NumberCitations(document, context);
        CheckEvidenceLabels(document, context.Problems);
        var keyPoints = MarkKeyPoints(document, context.Problems);
        return new LinkedBody(citations, mentions, CollectHeadings(document), keyPoints);
    }

    // A relative link to "other-page.md" means the same as [[other-page|text]]: one node type, one renderer.
    private static void ConvertMarkdownFileLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(IsMarkdownFileLink).ToList())
        {
            var parts = link.Url!.Split('#', 2);
            var slug = Path.GetFileNameWithoutExtension(parts[0]);
            var label = InlineText.Of(link);
            link.ReplaceBy(copyChildren: false, inline: new WikiLinkInline
            {
                Slug = slug,
                Fragment = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null,
                Label = label.Length == 0 ? null : label,
                Line = link.Line,
                Column = link.Column,
                Span = link.Span,
            });
        }
    }

    private static bool IsMarkdownFileLink(LinkInline link) =>
        !link.IsImage && link.Url is { } url && !url.Contains("://", StringComparison.Ordinal)
        && url.Split('#')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static List<LinkMention> ResolvePageLinks(MarkdownDocument document, LinkContext context)
    {
        var links = document.Descendants<WikiLinkInline>().ToList();
        foreach (var link in links)
        {
            if (context.Pages.TryGetValue(link.Slug.ToLowerInvariant(), out var target))
            {
                link.Url = link.Fragment is null ? target.Url : $"{target.Url}#{link.Fragment}";
                link.TargetTitle = target.Title;
            }
            else
            {
                context.Problems.Report(DiagnosticCodes.BrokenLink, link,
                    $"Link to '{link.Slug}', but no page has that slug. Check the spelling or write the page.");
            }
        }

        // Mentions are read after every link is resolved, so a sentence shows each link's final text.
        return links.Where(l => l.Url is not null && l.Parent is not null)
            .Select(l => Mention(l, context.Slug))
            .ToList();
    }

    private static LinkMention Mention(WikiLinkInline link, string fromSlug)
    {
        var paragraph = link.Parent!;
        while (paragraph.Parent is not null)
        {
            paragraph = paragraph.Parent;
        }

        var linkRanges = new List<Range>();
        var text = InlineText.Of(paragraph, link, out var range, linkRanges);
        var (before, span, after) = SentenceFinder.Around(text, range, linkRanges);
        return new LinkMention(fromSlug, link.Slug.ToLowerInvariant(), before, span, after);
    }

    private static List<CitedSource> NumberCitations(MarkdownDocument document, LinkContext context)
    {
        var order = new List<(Source Source, List<string> Locators)>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var citation in document.Descendants<CitationInline>())
        {
            foreach (var reference in citation.References)
            {
                if (!context.Sources.TryGetValue(reference.Key, out var source))
                {
                    context.Problems.Report(DiagnosticCodes.UnknownCitation, citation,
                        $"Citation key '@{reference.Key}' is not in sources.yml. Add the source there or fix the key.");
                    continue;
                }

                if (!numbers.TryGetValue(reference.Key, out var number))
                {
                    order.Add((source, []));
                    number = numbers[reference.Key] = order.Count;
                }

                reference.Number = number;
                CheckTimestamp(reference, source, citation, context);
                var locators = order[number - 1].Locators;
                if (reference.Locator is { } locator && !locators.Contains(locator))
                {
                    locators.Add(locator);
                }
            }
        }

        return order.Select((entry, i) => new CitedSource(i + 1, entry.Source, entry.Locators)).ToList();
    }

    private static void CheckTimestamp(CitationReference reference, Source source, CitationInline citation, LinkContext context)
    {
        var episode = source.Episode is { } id ? context.Sources.GetValueOrDefault(id) : source;
        if (Timestamp.TryParse(reference.Locator, out var at) && Timestamp.TryParse(episode?.Duration, out var duration) && at > duration)
        {
            context.Problems.Report(DiagnosticCodes.TimestampPastEnd, citation,
                $"'@{reference.Key}, {reference.Locator}' is past the end of the episode ({episode!.Duration}). Check the timestamp.");
        }
    }

    // Authors write "a claim [@key]." with a space, as in pandoc; a superscript marker sits against the word.
    private static void AttachToPrecedingWord(CitationInline citation)
    {
        if (citation.PreviousSibling is LiteralInline literal)
        {
            var content = literal.Content;
            while (content.Length > 0 && char.IsWhiteSpace(content.Text[content.End]))
            {
                content.End--;
            }

            literal.Content = content;
        }
    }

    // The ordered list right after the "Key points" heading is the page's answer: give it a class and
    // each point an anchor (#point-1...) that search results and readers can link to.
    private static List<KeyPoint> MarkKeyPoints(MarkdownDocument document, FileDiagnostics problems)
    {
        var heading = document.OfType<HeadingBlock>().FirstOrDefault(h => h.GetAttributes().Id == KeyPointsHeadingId);
        if (heading is null || document.IndexOf(heading) + 1 >= document.Count
            || document[document.IndexOf(heading) + 1] is not ListBlock { IsOrdered: true } list)
        {
            return [];
        }

        list.GetAttributes().AddClass(KeyPointList.CssClass);
        KeyPointList.Mark(list);
        var points = new List<KeyPoint>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var number = points.Count + 1;
            item.GetAttributes().Id = $"point-{number}";
            points.Add(new KeyPoint(number, item.Descendants<CitationInline>().Any(), problems.BodyLine(item.Line), item.Column + 1));
        }

        return points;
    }

    private static void CheckEvidenceLabels(MarkdownDocument document, FileDiagnostics problems)
    {
        foreach (var label in document.Descendants<EvidenceLabelInline>().Where(l => l.Level is null))
        {
            problems.Report(DiagnosticCodes.UnknownEvidenceLabel, label,
                $"[evidence: {label.Word}] is not a level; use strong, moderate, emerging or contested.");
        }
    }

    private static List<TocEntry> CollectHeadings(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is not null)
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id!, InlineText.Of(h.Inline)))
            .ToList();
}
