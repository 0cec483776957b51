using Dopamine.Content.Model;
using Dopamine.Content.Search;

namespace Dopamine.Content.Related;

/// <summary>
/// Builds every page's related list once per snapshot: the curated <c>related</c> slugs first, then pages
/// Lucene's MoreLikeThis finds similar, up to <see cref="MaxEntries"/>; never the page itself, never twice.
/// </summary>
public static class RelatedQuestions
{
    /// <summary>How many entries a sidebar shows at most.</summary>
    public const int MaxEntries = 6;

    /// <summary>The related entries of every page, by slug.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<RelatedEntry>> Build(ContentSet content, SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(index);
        return content.Articles.ToDictionary(a => a.Slug, a => (IReadOnlyList<RelatedEntry>)For(a, content, index), StringComparer.Ordinal);
    }

    private static List<RelatedEntry> For(Article article, ContentSet content, SearchIndex index)
    {
        var similar = index.MoreLikeThis(article.Slug, MaxEntries + article.Related.Count);
        return article.Related.Concat(similar)
            .Where(slug => slug != article.Slug)
            .Distinct(StringComparer.Ordinal)
            .Select(slug => content.BySlug.GetValueOrDefault(slug))
            .OfType<Article>()
            .Take(MaxEntries)
            .Select(other => new RelatedEntry(other, Reason(article, other)))
            .ToList();
    }

    private static string Reason(Article article, Article other)
    {
        if (other.OutgoingLinks.Any(l => l.ToSlug == article.Slug))
        {
            return "Links here";
        }

        if (article.OutgoingLinks.Any(l => l.ToSlug == other.Slug))
        {
            return "Linked from this answer";
        }

        var sharedSources = article.Citations.Select(c => c.Source.Id).Intersect(other.Citations.Select(c => c.Source.Id)).Count();
        if (sharedSources > 0)
        {
            return sharedSources == 1 ? "Shares a source" : $"Shares {sharedSources} sources";
        }

        var sharedTag = article.Tags.Intersect(other.Tags).FirstOrDefault();
        return sharedTag is null ? "Similar topic" : $"Same theme: {sharedTag}";
    }
}
