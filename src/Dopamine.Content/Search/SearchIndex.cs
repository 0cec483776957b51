using Dopamine.Content.Answers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dopamine.Content.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dopamine.Content.Search;

/// <summary>
/// In-memory Lucene indexes of one <see cref="ContentSet"/>: one of pages, one of their sections (key points and
/// headed parts, so a result can point at the part that matched). What a snapshot searches never changes: a reload
/// updates the underlying indexes and opens new point-in-time searchers for the next snapshot. Searchers are
/// thread-safe and shared by every request reading this snapshot.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>When a query finds fewer pages than this, a spelling-corrected pass runs too.</summary>
    private const int LittleFound = 3;
    /// <summary>How many sections one search may consider when picking each result's best section.</summary>
    private const int MaxSectionsPerSearch = 500;
    private static readonly string[] SimilarityFields = [SearchFields.Title, SearchFields.Summary, SearchFields.Body];
    // A passage's page context counts below its own words (0.6 lost passages on the answer benchmark's tune half).
    private static readonly Dictionary<string, float> SectionFields = new() { [SearchFields.Text] = 1f, [SearchFields.Context] = 0.3f };
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, string[]>> SegmentValues = new();
    /// <summary>How many recent searches and suggestions each index keeps answered.</summary>
    private const int RecentCapacity = 2048;

    // The content indexed and the indexes written to, for the next reload to update; searches use the searchers.
    private readonly ContentSet _content;
    private readonly LiveIndex _pageIndex;
    private readonly LiveIndex _sectionIndex;
    private readonly IndexSearcher _pages;
    private readonly IndexSearcher _sections;
    private readonly QueryBuilder _pageQueries;
    private readonly QueryBuilder _sectionQueries;
    private readonly SpellingDictionary _spelling;
    private readonly Suggester _suggester;
    // Which page each page document and each section document belongs to, read once: a query for a common
    // word matches hundreds of sections, and loading stored fields for each would dominate the search.
    private readonly string[] _pageSlugs;
    private readonly string[] _sectionSlugs;
    private readonly string[] _sectionAnchors;
    private readonly RecentAnswers<(string Query, int Offset, int Limit, bool IncludeWeak), SearchResults> _recentSearches = new(RecentCapacity);
    private readonly RecentAnswers<(string Typed, int Count), IReadOnlyList<string>> _recentSuggestions = new(RecentCapacity);
    private readonly RecentAnswers<string, Answer?> _recentAnswers = new(RecentCapacity);
    private readonly AnswerFinder _answers;

    private SearchIndex(ContentSet content, (LiveIndex Pages, LiveIndex Sections) live, IndexSearcher pages, IndexSearcher sections,
        SynonymTable synonyms, Suggester suggester, SpellingDictionary spelling)
    {
        _content = content;
        (_pageIndex, _sectionIndex) = live;
        (_pages, _sections) = (pages, sections);
        _pageQueries = new QueryBuilder(SearchFields.Boosts, synonyms);
        _sectionQueries = new QueryBuilder(SectionFields, synonyms);
        _spelling = spelling;
        _suggester = suggester;
        _pageSlugs = FieldValues(pages, SearchFields.Slug);
        _sectionSlugs = FieldValues(sections, SearchFields.Slug);
        _sectionAnchors = FieldValues(sections, SearchFields.Anchor);
        _answers = new AnswerFinder(new AnswerIndexes(content, pages, sections, _pageQueries, _sectionQueries, spelling, synonyms,
            (_pageSlugs, _sectionSlugs, _sectionAnchors)));
    }

    /// <summary>
    /// Indexes every page of <paramref name="content"/> and its sections. Given the previous index, only the pages
    /// that changed since are indexed again (pages are reused between loads when nothing they show changed).
    /// </summary>
    public static SearchIndex Build(ContentSet content, SearchIndex? previous = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var glossary = content.Glossary.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var changed = previous is null ? content.Articles : content.RebuiltSince(previous._content);
        var removed = previous is null ? [] : previous._content.Articles.Select(a => a.Slug).Where(slug => !content.BySlug.ContainsKey(slug)).ToList();
        // When most pages changed (a registry edit rebuilds them all), a new index is cheaper than replacing each.
        var fresh = previous is null || content.AreMostPages(changed);
        var (pages, sections) = fresh ? (new LiveIndex(), new LiveIndex()) : (previous!._pageIndex, previous._sectionIndex);
        if (fresh && previous is not null)
        {
            previous._pageIndex.Dispose();
            previous._sectionIndex.Dispose();
        }

        var toIndex = fresh ? content.Articles : changed;
        var replaced = fresh ? [] : changed.Select(a => a.Slug).Concat(removed).ToList();
        pages.Replace(replaced, toIndex.Select(a => IndexDocuments.Page(a, glossary)).ToList());
        sections.Replace(replaced, toIndex.SelectMany(IndexDocuments.Sections).ToList());
        var spelling = fresh
            ? SpellingDictionary.Of(content.Articles)
            : previous!._spelling.With(replaced.Select(slug => previous._content.BySlug.GetValueOrDefault(slug)).OfType<Article>().ToList(), changed);
        return new SearchIndex(content, (pages, sections), pages.OpenSearcher(), sections.OpenSearcher(), new SynonymTable(content.Synonyms),
            Suggester.For(content.Articles, previous?._suggester), spelling);
    }

    // A reader holds on to the files of the segments it reads, and the writer frees a segment merged away only once no
    // open reader uses it: with readers never closed, every reload's segments stayed in memory for good (913 files,
    // +6 MB of heap after 300 reloads of one bundled page). So each reader is counted the way Lucene's SearcherManager
    // counts: with the reader's own reference count. A reader opens with one reference, its snapshot's while that is
    // current; each request adds one while it reads; the last one let go closes the reader.

    /// <summary>Takes one reference on every reader of this index; false, holding none, if one was already closed.</summary>
    internal bool TryAcquire()
    {
        if (!_pages.IndexReader.TryIncRef())
        {
            return false;
        }

        if (_sections.IndexReader.TryIncRef())
        {
            return true;
        }

        _pages.IndexReader.DecRef();
        return false;
    }

    /// <summary>Lets go of one reference on every reader taken by <see cref="TryAcquire"/> or held since the build.</summary>
    internal void Release()
    {
        try
        {
            _pages.IndexReader.DecRef();
        }
        finally
        {
            _sections.IndexReader.DecRef();
        }
    }

    /// <summary>The references held on this index's readers now: 0 once closed.</summary>
    internal int ReaderReferences => _pages.IndexReader.RefCount;

    /// <summary>
    /// Runs a reader's query: pages matching every word first, then some; invalid Lucene syntax is searched as
    /// plain words; when little is found, the spelling-corrected query runs too and is offered as "did you mean".
    /// Pages matching only words most pages use are weak matches, only counted unless <paramref name="includeWeakMatches"/>.
    /// </summary>
    public SearchResults Search(string query, int offset, int limit, bool includeWeakMatches = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _recentSearches.GetOrAdd((query, offset, limit, includeWeakMatches), key => Run(key.Query, key.Offset, key.Limit, key.IncludeWeak));
    }

    private SearchResults Run(string query, int offset, int limit, bool includeWeak)
    {
        var plan = _pageQueries.Build(query, prefixLastWord: true);
        if (plan.Query is null)
        {
            return SearchResults.Empty with { OnlyStopWords = plan.OnlyStopWords, Words = plan.Words };
        }

        var wanted = (int)Math.Clamp((long)offset + limit, 1, Math.Max(1, _pages.IndexReader.MaxDoc));
        var own = Find(plan, CommonWords.Of(_pages, plan), wanted, includeWeak);
        var (corrected, hadUnknownWord) = Corrected(plan.Words);
        var correctedPlan = corrected is not null && (hadUnknownWord || own.Top.TotalHits < LittleFound)
            ? _pageQueries.Build(corrected, prefixLastWord: false) : null;
        (TopDocs Top, int Weak, CommonWords Common)? other = correctedPlan?.Query is null
            ? null : Find(correctedPlan, CommonWords.Of(_pages, correctedPlan), wanted, includeWeak);
        if (hadUnknownWord && own.Common.StrongOnly is null && other?.Common is { StrongOnly: not null } correctedCommon)
        {
            // The unknown word told nothing, so the reader's other words are judged as the corrected query judges them:
            // "cravngs effort" matches on "effort" alone, a word most pages use.
            own = Find(plan, correctedCommon, wanted, includeWeak);
        }

        var ranked = own.Top.ScoreDocs.Select(d => (Doc: d, Query: query)).ToList();
        var (total, weak, commonWords) = (own.Top.TotalHits, own.Weak, own.Common.Words);
        if (other is { } fromCorrected)
        {
            // A word the index has never seen contributes nothing, so the corrected query's pages lead;
            // otherwise they follow the reader's own.
            var fuzzy = fromCorrected.Top.ScoreDocs.Select(d => (Doc: d, Query: corrected!)).ToList();
            var merged = (hadUnknownWord ? fuzzy.Concat(ranked) : ranked.Concat(fuzzy)).DistinctBy(r => r.Doc.Doc).ToList();
            total += merged.Count - ranked.Count;
            ranked = merged;
            // Both queries' weak pages are mostly the same pages (the common words are the same), so not their sum.
            weak = Math.Max(weak, fromCorrected.Weak);
            commonWords = commonWords.Union(fromCorrected.Common.Words).ToList();
        }

        // Hits found by the reader's query and by the corrected one form two runs, so grouping keeps the order.
        var hits = ranked.Skip(offset).Take(limit)
            .GroupBy(r => r.Query)
            .SelectMany(group => Hits(group.Select(r => r.Doc).ToList(), group.Key))
            .ToList();
        return new SearchResults(total, hits, corrected, false, plan.Words) { WeakMatches = weak, CommonWords = commonWords };
    }

    // The query's top pages, strong ones only unless weak ones are wanted, and how many are weak. Strong pages are
    // the query's own hits kept by a filter, so they keep the score and order they have among all the hits.
    private (TopDocs Top, int Weak, CommonWords Common) Find(QueryPlan plan, CommonWords common, int wanted, bool includeWeak)
    {
        var query = plan.Query ?? throw new ArgumentException("The plan searches nothing.", nameof(plan));
        if (common.StrongOnly is null)
        {
            return (_pages.Search(query, wanted), 0, common);
        }

        var strongOnly = new FilteredQuery(query, common.StrongOnly);
        var top = _pages.Search(includeWeak ? query : strongOnly, wanted);
        var strong = includeWeak ? CommonWords.PagesMatching(_pages, strongOnly) : top.TotalHits;
        var all = includeWeak ? top.TotalHits : CommonWords.PagesMatching(_pages, query);
        return (top, all - strong, common);
    }

    /// <summary>
    /// The answer to a reader's question: the page that answers it and its best passages, or null when no page covers
    /// enough of the question (see <see cref="AnswerFinder"/>).
    /// </summary>
    public Answer? Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _recentAnswers.GetOrAdd(question, _answers.Find);
    }

    /// <summary>The stems English analysis makes of a reader's words, for marking them on a page.</summary>
    public static IReadOnlyList<string> Stems(IEnumerable<string> words) =>
        words.SelectMany(w => Analyzers.Tokens(Analyzers.English, w)).Distinct().ToList();

    /// <summary>Up to <paramref name="count"/> page slugs whose title or aliases match what is typed so far.</summary>
    public IReadOnlyList<string> Suggest(string typed, int count)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return _recentSuggestions.GetOrAdd((typed, count), key => _suggester.Suggest(key.Typed, key.Count));
    }

    /// <summary>Pages whose title, summary and body resemble the given page's, most similar first.</summary>
    public IReadOnlyList<string> MoreLikeThis(string slug, int count)
    {
        if (_content.BySlug.GetValueOrDefault(slug) is not { } page)
        {
            return [];
        }

        var mlt = new MoreLikeThis(_pages.IndexReader)
        {
            Analyzer = Analyzers.English,
            FieldNames = SimilarityFields,
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 40,
            // Read from the page, not from stored fields (the index stores no body): every word of the page counts.
            MaxNumTokensParsed = int.MaxValue,
        };
        // MoreLikeThis counts words regardless of the field they come from, then picks for each the field where
        // it is most common, so the page's title, summary and body read as one text give the same query.
        var text = new StringReader(string.Join('\n', page.Title, page.Summary, page.BodyText));
        var similar = _pages.Search(mlt.Like(text, SearchFields.Body), count + 1).ScoreDocs;
        return similar.Select(d => Slug(d.Doc)).Where(s => s != slug).Take(count).ToList();
    }

    // The query with each word the pages lack replaced by the closest word they use; null if nothing changed.
    private (string? Corrected, bool HadUnknownWord) Corrected(IReadOnlyList<string> words)
    {
        var corrections = words.Select(w => _spelling.Correct(w)).ToList();
        var corrected = words.Select((w, i) => corrections[i] ?? w).ToList();
        var unknown = corrections.Any(c => c is null) || !corrected.SequenceEqual(words);
        return (corrected.SequenceEqual(words) ? null : string.Join(' ', corrected), unknown);
    }

    // Each hit's snippet and anchor come from its page's best-matching section: one search over the sections of
    // all the hits' pages, with the same words, keeping the first (best) section found for each page.
    private IEnumerable<SearchHit> Hits(List<ScoreDoc> docs, string query)
    {
        var slugs = docs.Select(d => Slug(d.Doc)).ToList();
        var plan = _sectionQueries.Build(query, prefixLastWord: true);
        var bestSection = new Dictionary<string, string>();
        if (plan.Query is not null)
        {
            var inPages = new BooleanQuery();
            slugs.ForEach(slug => inPages.Add(new TermQuery(new Term(SearchFields.Slug, slug)), Occur.SHOULD));
            var sectionsOfHits = new BooleanQuery { { plan.Query, Occur.MUST }, { inPages, Occur.MUST } };
            foreach (var hit in _sections.Search(sectionsOfHits, MaxSectionsPerSearch).ScoreDocs)
            {
                bestSection.TryAdd(_sectionSlugs[hit.Doc], _sectionAnchors[hit.Doc]);
                if (bestSection.Count == slugs.Count)
                {
                    break;
                }
            }
        }

        return docs.Select((doc, i) =>
        {
            // From the page itself: its stored document would have to be decompressed for these few lines.
            var page = _content.BySlug[slugs[i]];
            // The short answer is best when no part of the page matched better, or none matched (Lucene syntax).
            var section = bestSection.TryGetValue(slugs[i], out var anchor) ? page.Sections.FirstOrDefault(s => s.Anchor == anchor) : null;
            var snippet = PassageHtml.Render(new AnswerPassage(page, section), plan.Terms, withCitations: false);
            return new SearchHit(slugs[i], doc.Score, snippet, section?.Anchor);
        });
    }

    private string Slug(int pageDoc) => _pageSlugs[pageDoc];

    // Which page (or section) each document is. Segments outlive snapshots (a reload adds a segment or two and keeps
    // the rest), so each segment's values are read once, through Lucene's field cache, and kept with the segment.
    private static string[] FieldValues(IndexSearcher searcher, string field)
    {
        var reader = searcher.IndexReader;
        var values = new string[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var segment = SegmentValues.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new ConcurrentDictionary<string, string[]>())
                .GetOrAdd(field, _ => ReadValues(leaf.AtomicReader, field));
            segment.CopyTo(values, leaf.DocBase);
        }

        return values;
    }

    private static string[] ReadValues(AtomicReader segment, string field)
    {
        var terms = FieldCache.DEFAULT.GetTerms(segment, field, setDocsWithField: false);
        var values = new string[segment.MaxDoc];
        var bytes = new BytesRef();
        for (var doc = 0; doc < values.Length; doc++)
        {
            terms.Get(doc, bytes);
            values[doc] = bytes.Utf8ToString();
        }

        return values;
    }
}
