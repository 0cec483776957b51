using Lucene.Net.Search;

namespace Dopamine.Content.Search;

/// <summary>
/// The words of a query that most pages match ("why", "do", "brain" on a site about the brain), read from the index
/// rather than a word list: a page matching only those is a weak match, counted apart so that a question whose every
/// page mentions one of its words does not report the whole site as matching.
/// </summary>
internal sealed class CommonWords
{
    /// <summary>A word is common when more than this share of the pages match it (its stems, synonyms or prefix).</summary>
    public const double CommonShare = 0.5;

    private static readonly CommonWords None = new(null, []);

    private CommonWords(Filter? strongOnly, IReadOnlyList<string> words) => (StrongOnly, Words) = (strongOnly, words);

    /// <summary>
    /// Keeps the pages matching at least one of the query's other words; null when the query cannot tell strong
    /// from weak, because every word it searches is common or none is.
    /// </summary>
    public Filter? StrongOnly { get; }

    /// <summary>The reader's common words, as typed, each once.</summary>
    public IReadOnlyList<string> Words { get; }

    public static CommonWords Of(IndexSearcher pages, QueryPlan plan)
    {
        var pageCount = pages.IndexReader.NumDocs;
        var matched = plan.WordClauses.Select(w => (w.Word, w.Clause, Pages: PagesMatching(pages, w.Clause))).ToList();
        var common = matched.Where(w => w.Pages > pageCount * CommonShare).ToList();
        // A word no page uses (a typo) says nothing either way: spelling correction deals with it.
        var telling = matched.Where(w => w.Pages > 0 && w.Pages <= pageCount * CommonShare).ToList();
        if (common.Count == 0 || telling.Count == 0)
        {
            return None;
        }

        var anyTellingWord = new BooleanQuery();
        telling.ForEach(w => anyTellingWord.Add(w.Clause, Occur.SHOULD));
        return new CommonWords(new QueryWrapperFilter(anyTellingWord), common.Select(w => w.Word).Distinct().ToList());
    }

    /// <summary>How many pages match <paramref name="query"/>, without ranking them.</summary>
    public static int PagesMatching(IndexSearcher pages, Query query)
    {
        var counter = new TotalHitCountCollector();
        pages.Search(query, counter);
        return counter.TotalHits;
    }
}
