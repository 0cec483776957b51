using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Dopamine.Content.Search;

/// <summary>
/// One in-memory Lucene index that lives across reloads: a reload deletes the documents of the pages that changed,
/// adds their new ones, and opens a new point-in-time searcher. Searchers opened before keep seeing their own
/// version, so a snapshot still serving requests is never changed under them. Only the reload that holds the
/// store's reload gate writes to it. Each searcher's reader is closed by its reference count (see
/// <see cref="SearchIndex.TryAcquire"/>), never by this index.
/// </summary>
internal sealed class LiveIndex : IDisposable
{
    private readonly IndexWriter _writer;
    // Below this many documents, analysing them on one thread costs less than splitting the work.
    private const int SideBySideFrom = 1000;
    private bool _built;

    public LiveIndex()
    {
        // Never disposed: the writer leaves its directory open, and a RAMDirectory holds only managed memory, which is
        // collected once this writer and the last searcher of an older snapshot reading it are gone.
#pragma warning disable CA2000
        _writer = new IndexWriter(new RAMDirectory(), Config());
#pragma warning restore CA2000
    }

    /// <summary>
    /// Removes every document of the given pages, then adds the new documents in their order. Many documents are
    /// analysed side by side, a contiguous share per core each in an index of its own, and those indexes are added in
    /// order: every instance built from the same content then numbers its documents alike, so equal scores tie the
    /// same way and scores are summed in the same order (one writer fed from several threads numbered them by chance,
    /// and two instances answered a third of the benchmark queries with scores differing in the last digit).
    /// </summary>
    public void Replace(IEnumerable<string> slugs, IReadOnlyList<Document> documents)
    {
        foreach (var slug in slugs)
        {
            _writer.DeleteDocuments(new Term(SearchFields.Slug, slug));
        }

        if (documents.Count < SideBySideFrom)
        {
            AddInOrder(_writer, documents);
        }
        else
        {
            var shares = documents.Chunk((documents.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount).ToArray();
            var indexes = new Lucene.Net.Store.Directory[shares.Length];
            Parallel.For(0, shares.Length, i =>
            {
#pragma warning disable CA2000 // a RAMDirectory holds only managed memory; it is copied in below and dropped
                indexes[i] = new RAMDirectory();
#pragma warning restore CA2000
                using var share = new IndexWriter(indexes[i], Config());
                AddInOrder(share, shares[i]);
            });
            _writer.AddIndexes(indexes);
        }

        // Every term of every query is looked up in each segment: one segment took uncached searches on the bundled
        // content from 440 to 1,200 a second (8 threads on 2 cores). The first build is merged whole; after a reload,
        // the new small segments are merged with each other (Lucene merges the smallest), which costs little and
        // leaves the big one as it is.
        _writer.ForceMerge(_built ? 2 : 1);
        _built = true;
    }

    private static void AddInOrder(IndexWriter writer, IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            writer.AddDocument(document);
        }
    }

    private static IndexWriterConfig Config() => new(Analyzers.Version, Analyzers.English)
    {
        // Merges run on the calling thread instead of background threads that would outlive a replaced index.
        MergeScheduler = new SerialMergeScheduler(),
        // Fewer, larger flushes while the whole content is first indexed.
        RAMBufferSizeMB = 64,
    };

    /// <summary>
    /// A searcher over everything written so far; later writes never reach it. Its reader starts with one reference,
    /// the caller's: the reader, and the segment files only it still uses, are freed when the last reference is let go.
    /// </summary>
    public IndexSearcher OpenSearcher() => new(DirectoryReader.Open(_writer, applyAllDeletes: true));

    /// <summary>The index's files, to check that replaced segments are let go.</summary>
    internal int FileCount => _writer.Directory.ListAll().Length;

    /// <summary>
    /// Stops writing. Searchers already open keep answering; a reader closed after its writer leaves its files to the
    /// garbage collector with the directory (Lucene expects that and lets it pass).
    /// </summary>
    public void Dispose() => _writer.Dispose();
}
