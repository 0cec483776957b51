using System.Collections.Concurrent;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dopamine.Content.Tests.Snapshots;

/// <summary>
/// A snapshot's searchers are counted, not timed: open while the snapshot is current or leased, closed when it has been
/// replaced and its last lease ends.
/// </summary>
public class SnapshotLeaseTests
{
    [Fact]
    public async Task AHeldSnapshotStillSearchesAfterManyReloads()
    {
        using var tree = ThreePages();
        using var store = new ContentStore(tree.Root, NullLogger<ContentStore>.Instance);
        using var lease = store.Acquire();

        for (var edit = 1; edit <= 100; edit++)
        {
            await Edit(tree, store, edit);
        }

        var held = lease.Snapshot;
        Assert.NotSame(held, store.Current);
        Assert.Equal(["alpha"], held.Search.Search("serotonin", 0, 10).Hits.Select(h => h.Slug));
        Assert.Empty(held.Search.Search("edit100", 0, 10).Hits);
        Assert.NotEmpty(held.RelatedTo("beta"));
        Assert.Equal(["gamma"], store.Current.Search.Search("edit100", 0, 10).Hits.Select(h => h.Slug));
    }

    [Fact]
    public async Task AReplacedSnapshotClosesWhenItsLastLeaseEndsAndNotBefore()
    {
        using var tree = ThreePages();
        using var store = new ContentStore(tree.Root, NullLogger<ContentStore>.Instance);
        var first = store.Acquire();
        var second = store.Acquire();
        var old = first.Snapshot;
        Assert.Equal(3, old.Search.ReaderReferences);

        await Edit(tree, store, 1);
        Assert.Equal(2, old.Search.ReaderReferences);
        first.Dispose();
        first.Dispose();
        Assert.Equal(1, old.Search.ReaderReferences);
        second.Dispose();

        Assert.Equal(0, old.Search.ReaderReferences);
        Assert.Equal(1, store.Current.Search.ReaderReferences);
    }

    [Fact]
    public async Task ASnapshotHeldAcrossAWholeRebuildStillSearchesAndClosesAfterItsWriter()
    {
        using var tree = ThreePages();
        using var store = new ContentStore(tree.Root, NullLogger<ContentStore>.Instance);
        var lease = store.Acquire();

        // Two pages of three edited: the reload builds a new index and closes the old one's writer.
        var later = DateTime.UtcNow.AddMinutes(1);
        tree.Topic("alpha", Sample.Page("Alpha", "Glutamate instead [@schultz-1997].")).Touch("topics/alpha.md", later)
            .Topic("beta", Sample.Page("Beta", "Acetylcholine instead [@schultz-1997].")).Touch("topics/beta.md", later);
        await store.ReloadAsync();

        var held = lease.Snapshot;
        Assert.Equal(["alpha"], held.Search.Search("serotonin", 0, 10).Hits.Select(h => h.Slug));
        Assert.Empty(store.Current.Search.Search("serotonin", 0, 10).Hits);
        lease.Dispose();
        Assert.Equal(0, held.Search.ReaderReferences);
    }

    [Fact]
    public void TheCurrentSnapshotStaysOpenWhenItsLeasesEnd()
    {
        using var tree = ThreePages();
        using var store = new ContentStore(tree.Root, NullLogger<ContentStore>.Instance);

        store.Acquire().Dispose();

        Assert.Equal(1, store.Current.Search.ReaderReferences);
        Assert.Equal(["alpha"], store.Current.Search.Search("serotonin", 0, 10).Hits.Select(h => h.Slug));
    }

    [Fact]
    public async Task LeasesTakenWhileReloadsRunNeverHoldAClosedSnapshotAndLeaveNoneOpen()
    {
        using var tree = ThreePages();
        using var store = new ContentStore(tree.Root, NullLogger<ContentStore>.Instance);
        var seen = new ConcurrentDictionary<Snapshot, bool>();
        using var stop = new CancellationTokenSource();
        // Threads of their own: the test runner keeps the pool busy with other tests.
        var readers = Enumerable.Range(0, 4).Select(reader => Task.Factory.StartNew(() =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                using var lease = store.Acquire();
                seen.TryAdd(lease.Snapshot, true);
                Assert.True(lease.Snapshot.Search.ReaderReferences > 0);
                // A new query each time, so the index is searched rather than its recent answers read.
                lease.Snapshot.Search.Search($"dopamine word{reader}x{n}", 0, 10);
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();

        for (var edit = 1; edit <= 30; edit++)
        {
            await Edit(tree, store, edit);
            // Each version is leased at least once, so the reloads really race the readers.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!seen.ContainsKey(store.Current) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(1);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(31, seen.Count);
        Assert.All(seen.Keys.Where(s => s != store.Current), s => Assert.Equal(0, s.Search.ReaderReferences));
        Assert.Equal(1, store.Current.Search.ReaderReferences);
    }

    [Fact]
    public void ADisposedStoreLendsNothing()
    {
        using var tree = ThreePages();
        var store = new ContentStore(tree.Root, NullLogger<ContentStore>.Instance);
        store.Dispose();
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.Acquire());
    }

    // One page of three is edited, so each reload updates the index in place, as an author's save does.
    private static async Task Edit(ContentTree tree, ContentStore store, int edit)
    {
        tree.Topic("gamma", Sample.Page("Gamma", $"Gamma now reads edit{edit} [@schultz-1997]."))
            .Touch("topics/gamma.md", DateTime.UtcNow.AddMinutes(edit));
        await store.ReloadAsync();
    }

    private static ContentTree ThreePages() => ContentTree.WithSources()
        .Topic("alpha", Sample.Page("Alpha", "Serotonin and dopamine differ [@schultz-1997]."))
        .Topic("beta", Sample.Page("Beta", "Dopamine drives wanting and reward [@schultz-1997]."))
        .Topic("gamma", Sample.Page("Gamma", "Gamma speaks of dopamine and reward [@schultz-1997]."));
}
