using Dopamine.Content.Model;
using Dopamine.Content.Related;
using Dopamine.Content.Search;

namespace Dopamine.Content.Snapshots;

/// <summary>
/// Everything a request reads, built together and never changed: the content, its search index and the
/// related lists. A request takes one snapshot and uses it to the end, so it never sees half an update.
/// Its searchers stay open while it is current or held by a <see cref="SnapshotLease"/>
/// (<see cref="ContentStore.Acquire"/>); after that it must not be searched.
/// </summary>
public sealed class Snapshot
{
    private readonly RelatedQuestions _related;

    private Snapshot(ContentSet content, SearchIndex search)
    {
        Content = content;
        Search = search;
        _related = new RelatedQuestions(content, search);
    }

    /// <summary>The pages, registries and diagnostics of this version.</summary>
    public ContentSet Content { get; }

    /// <summary>The search index of <see cref="Content"/>.</summary>
    public SearchIndex Search { get; }

    /// <summary>The content hash: the ETag and the version shown on /readyz.</summary>
    public string Version => Content.Version;

    /// <summary>A page's related entries, empty for an unknown slug.</summary>
    public IReadOnlyList<RelatedEntry> RelatedTo(string slug) => _related.For(slug);

    // A part added to the snapshot that holds a Lucene reader of its own takes and lets go of its reference here too.
    internal bool TryAcquire() => Search.TryAcquire();

    internal void Release() => Search.Release();

    /// <summary>Builds a complete snapshot from loaded content, updating the previous snapshot's index if given.</summary>
    public static Snapshot Build(ContentSet content, Snapshot? previous = null) => new(content, SearchIndex.Build(content, previous?.Search));
}
