using System.Text;
using Dopamine.Content.Diagnostics;
using Dopamine.Content.Linking;
using Dopamine.Content.Markdown;
using Dopamine.Content.Markdown.Glossary;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>Turns a parsed page into a published <see cref="Article"/>: links it, renders it, checks what it refers to.</summary>
internal static class ArticleBuilder
{
    /// <summary>Builds the page; its problems go to <see cref="LinkContext.Problems"/>.</summary>
    public static Article Build(PendingArticle pending, LinkContext context, IReadOnlySet<string>? knownTags)
    {
        var problems = context.Problems;
        var linked = ArticleLinker.Link(pending.Document, context);
        EditorialStandard.Check(pending, linked, knownTags, problems);
        var glossaryTerms = GlossaryLinker.Link(pending.Document, context.Glossary);
        if (linked.Citations.Count == 0)
        {
            problems.Report(DiagnosticCodes.NoSources, 1, "The page cites no source. Back its claims with [@key] citations from sources.yml.");
        }

        var matter = pending.Matter;
        var (plainText, sections) = SectionSplitter.Split(pending.Document);
        return new Article
        {
            Slug = pending.Slug,
            Kind = pending.Kind,
            Title = matter.Title!.Trim(),
            Summary = matter.Summary!.Trim(),
            Tags = matter.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList(),
            Related = CheckRelated(pending, context.Pages, problems),
            Aliases = matter.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).ToList(),
            Reviewed = matter.Reviewed,
            Evidence = pending.FrontMatter.Evidence,
            EvidenceNote = matter.EvidenceNote?.Trim(),
            Safety = pending.FrontMatter.Safety,
            BodyHtmlUtf8 = Encoding.UTF8.GetBytes(ArticleHtml.Render(pending.Document)),
            BodyTextUtf8 = Encoding.UTF8.GetBytes(plainText),
            Sections = sections,
            Headings = linked.Headings,
            Citations = linked.Citations,
            OutgoingLinks = linked.Mentions,
            GlossaryTerms = glossaryTerms,
            SourcePath = pending.File,
        };
    }

    private static List<string> CheckRelated(PendingArticle pending, IReadOnlyDictionary<string, PageRef> pages, FileDiagnostics problems)
    {
        var related = new List<string>();
        foreach (var slug in pending.Matter.Related.Select(s => s.Trim().ToLowerInvariant()).Distinct())
        {
            if (slug == pending.Slug)
            {
                problems.Report(DiagnosticCodes.RelatedToSelf, pending.LineOf("related"), "The page lists itself in 'related'. Remove it.");
            }
            else if (!pages.ContainsKey(slug))
            {
                problems.Report(DiagnosticCodes.UnknownRelated, pending.LineOf("related"), $"'related' names '{slug}', but no page has that slug.");
            }
            else
            {
                related.Add(slug);
            }
        }

        return related;
    }
}
