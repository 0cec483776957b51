using System.Collections.Concurrent;
using Dopamine.Content.Model;
using Dopamine.Content.Search;

namespace Dopamine.Content.Related;

/// <summary>
/// A page's related list: the curated <c>related</c> slugs first, then pages Lucene's MoreLikeThis finds similar,
/// up to <see cref="MaxEntries"/>; never the page itself, never twice. Each list is worked out the first time its
/// page is asked for and then kept for the life of the snapshot: MoreLikeThis re-reads a page's text, which over
/// tens of thousands of pages would hold every reload back by minutes, while one page costs a few milliseconds.
/// </summary>
public sealed class RelatedQuestions(ContentSet content, SearchIndex index)
{
    /// <summary>How many entries a sidebar shows at most.</summary>
    public const int MaxEntries = 6;

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<RelatedEntry>>> _lists = new(StringComparer.Ordinal);

    /// <summary>The related entries of the page <paramref name="slug"/>; empty for an unknown slug.</summary>
    public IReadOnlyList<RelatedEntry> For(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (content.BySlug.GetValueOrDefault(slug) is not { } article)
        {
            return [];
        }

        // Lazy, so pages asked for by many readers at once are worked out once.
        return _lists.GetOrAdd(slug, _ => new Lazy<IReadOnlyList<RelatedEntry>>(() => Build(article))).Value;
    }

    private List<RelatedEntry> Build(Article article)
    {
        // Curated entries that already fill the list need no similarity search.
        var similar = article.Related.Count >= MaxEntries ? [] : index.MoreLikeThis(article.Slug, MaxEntries + article.Related.Count);
        return article.Related.Concat(similar)
            .Where(slug => slug != article.Slug)
            .Distinct(StringComparer.Ordinal)
            .Select(slug => content.BySlug.GetValueOrDefault(slug))
            .OfType<Article>()
            .Take(MaxEntries)
            .Select(other => new RelatedEntry(other, Reason(article, other)))
            .ToList();
    }

    private string Reason(Article article, Article other)
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

        // A tag is not a theme (themes are the topic pages), so say it is a tag; and name the rarest shared one,
        // since a tag most pages carry ("myths") tells the reader little about why these two belong together.
        var sharedTag = article.Tags.Intersect(other.Tags)
            .OrderBy(tag => content.Tags.TryGetValue(tag, out var tagged) ? tagged.Count : 0)
            .FirstOrDefault();
        return sharedTag is null ? "Similar topic" : $"Also tagged: {sharedTag}";
    }
}
