namespace Dopamine.Content.Snapshots;

/// <summary>
/// One user's hold on a <see cref="Snapshot"/>, from <see cref="ContentStore.Acquire"/>: while any lease is open, the
/// snapshot's searchers stay open even after a reload has replaced it. Dispose it when done (the web host does so at
/// the end of each request).
/// </summary>
public sealed class SnapshotLease : IDisposable
{
    private int _released;

    internal SnapshotLease(Snapshot snapshot) => Snapshot = snapshot;

    /// <summary>The snapshot held; do not use it after disposing the lease.</summary>
    public Snapshot Snapshot { get; }

    /// <summary>Lets go of the snapshot; a second call does nothing, so one reference is never let go twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Snapshot.Release();
        }
    }
}
