using Dopamine.Content.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dopamine.Content.Search;

/// <summary>
/// An in-memory Lucene index of one <see cref="ContentSet"/>, built once and never changed; a reload builds
/// a new one. The searcher is thread-safe and shared by every request reading this snapshot.
/// </summary>
public sealed class SearchIndex
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] SimilarityFields = [SearchFields.Title, SearchFields.Summary, SearchFields.Body];
    // Analyzers keep per-thread token streams, so one instance serves every index and request.
    private static readonly Analyzer Analyzer = new EnglishAnalyzer(Version);
    private readonly IndexSearcher _searcher;

    private SearchIndex(IndexSearcher searcher) => _searcher = searcher;

    /// <summary>Indexes every page of <paramref name="content"/>.</summary>
    public static SearchIndex Build(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        // A RAMDirectory holds only managed memory: an old snapshot's index is simply collected once the
        // last request holding it ends, so nothing here needs disposing on swap.
#pragma warning disable CA2000
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, Analyzer)))
        {
            foreach (var article in content.Articles)
            {
                writer.AddDocument(ToDocument(article));
            }

            writer.Commit();
        }

        return new SearchIndex(new IndexSearcher(DirectoryReader.Open(directory)));
#pragma warning restore CA2000
    }

    /// <summary>Runs a reader's query; invalid Lucene syntax is searched as plain words.</summary>
    public SearchResults Search(string query, int offset, int limit)
    {
        var parsed = Parse(query) ?? Parse(PlainQuery.From(query));
        if (parsed is null)
        {
            return SearchResults.Empty;
        }

        // Never ask Lucene for more hits than there are documents: a huge page number must not allocate a huge queue.
        var wanted = (int)Math.Clamp((long)offset + limit, 1, Math.Max(1, _searcher.IndexReader.MaxDoc));
        var top = _searcher.Search(parsed, wanted);
        var hits = top.ScoreDocs.Skip(offset).Take(limit)
            .Select(d => new SearchHit(_searcher.Doc(d.Doc).Get(SearchFields.Slug), d.Score))
            .ToList();
        return new SearchResults(top.TotalHits, hits);
    }

    /// <summary>Pages whose title, summary and body resemble the given page's, most similar first.</summary>
    public IReadOnlyList<string> MoreLikeThis(string slug, int count)
    {
        var own = _searcher.Search(new TermQuery(new Term(SearchFields.Slug, slug)), 1).ScoreDocs;
        if (own.Length == 0)
        {
            return [];
        }

        var mlt = new MoreLikeThis(_searcher.IndexReader)
        {
            Analyzer = Analyzer,
            FieldNames = SimilarityFields,
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 40,
        };
        var similar = _searcher.Search(mlt.Like(own[0].Doc), count + 1).ScoreDocs;
        return similar.Select(d => _searcher.Doc(d.Doc).Get(SearchFields.Slug)).Where(s => s != slug).Take(count).ToList();
    }

    private static Query? Parse(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var parser = new MultiFieldQueryParser(Version, [.. SearchFields.Boosts.Keys], Analyzer, SearchFields.Boosts.ToDictionary());
        try
        {
            return parser.Parse(query);
        }
        catch (ParseException)
        {
            return null;
        }
    }

    private static Document ToDocument(Article article)
    {
        var text = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true };
        text.Freeze();
        return
        [
            new StringField(SearchFields.Slug, article.Slug, Field.Store.YES),
            new StringField(SearchFields.Kind, article.Kind.Segment(), Field.Store.YES),
            new Field(SearchFields.Title, article.Title, text),
            new TextField(SearchFields.Aliases, string.Join(" ; ", article.Aliases), Field.Store.NO),
            new Field(SearchFields.Summary, article.Summary, text),
            new TextField(SearchFields.Headings, string.Join(" ; ", article.Headings.Select(h => h.Text)), Field.Store.NO),
            new Field(SearchFields.Body, article.BodyText, text),
            new TextField(SearchFields.Tags, string.Join(" ", article.Tags), Field.Store.NO),
        ];
    }
}
