using System.Diagnostics;
using System.Runtime;
using Dopamine.Content.Loading;
using Dopamine.Content.Telemetry;
using Microsoft.Extensions.Logging;

namespace Dopamine.Content.Snapshots;

/// <summary>
/// Holds the current <see cref="Snapshot"/>. A reload builds a whole new snapshot off the request path and
/// publishes it with one reference write; reloads run one at a time. The store holds one reference on the current
/// snapshot's searchers and lets it go when a reload replaces it; each user holds one more through
/// <see cref="Acquire"/>, so a replaced snapshot's searchers close when its last user is done.
/// </summary>
public sealed partial class ContentStore : IDisposable
{
    // One bad registry can make every citation a problem: a 50,000-page corpus whose sources.yml was refused had
    // 1.26 million, and writing them all took longer than the load itself, on every reload. The log names the first
    // ones; the check command lists them all.
    private const int MostDiagnosticsLogged = 100;

    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly ILogger<ContentStore> _logger;
    private readonly SiteMetrics? _metrics;
    private Snapshot _current;
    private LoadResult _loaded;
    private bool _disposed;

    /// <summary>
    /// Loads the content at <paramref name="root"/> synchronously, so the site starts ready. Reloads and the live
    /// snapshot's figures go to <paramref name="metrics"/> when given.
    /// </summary>
    public ContentStore(string root, ILogger<ContentStore> logger, SiteMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = root;
        _logger = logger;
        _metrics = metrics;
        (_current, _loaded) = Build(null, null, "load");
        _metrics?.ObserveSnapshot(_current);
        ReturnFreedMemory();
    }

    /// <summary>The absolute content root.</summary>
    public string Root { get; }

    /// <summary>
    /// The snapshot to serve now, for code off the request path (start-up, checks, tests). Its searchers close once a
    /// reload has replaced it, so anything that may outlive a reload, such as a request, holds it through
    /// <see cref="Acquire"/> instead.
    /// </summary>
    public Snapshot Current => Volatile.Read(ref _current);

    /// <summary>Holds the current snapshot, searchers open, until the lease is disposed, however many reloads come.</summary>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public SnapshotLease Acquire()
    {
        while (true)
        {
            var snapshot = Current;
            if (snapshot.TryAcquire())
            {
                return new SnapshotLease(snapshot);
            }

            // A reload replaced this snapshot and its last user let go between the read and the increment: the next read
            // finds the newer one. Only a disposed store's current snapshot is closed and still current.
            ObjectDisposedException.ThrowIf(ReferenceEquals(snapshot, Current), this);
        }
    }

    /// <summary>Raised after a reload has made a new snapshot current (on the reloading thread).</summary>
    public event Action<Snapshot>? SnapshotPublished;

    /// <summary>Rebuilds from disk and swaps the snapshot in. Files that fail keep their last good version.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        TimeSpan? liveAfter = null;
        try
        {
            var previous = _current;
            var (snapshot, loaded) = Build(_loaded, previous, "reload");
            _loaded = loaded;
            Interlocked.Exchange(ref _current, snapshot);
            previous.Release();
            liveAfter = clock.Elapsed;
            _metrics?.ObserveSnapshot(snapshot);
            SnapshotPublished?.Invoke(snapshot);
            if (snapshot.Content.AreMostPages(snapshot.Content.RebuiltSince(previous.Content)))
            {
                ReturnFreedMemory();
            }
        }
        finally
        {
            _metrics?.RecordReload(liveAfter ?? clock.Elapsed, liveAfter is not null);
            _reloadGate.Release();
        }
    }

    /// <summary>Lets go of the current snapshot (open leases keep it until they end) and stops reloading.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _reloadGate.Dispose();
            _current.Release();
        }
    }

    private (Snapshot, LoadResult) Build(LoadResult? previousLoad, Snapshot? previousSnapshot, string reason)
    {
        var clock = Stopwatch.StartNew();
        var loaded = ContentLoader.Load(Root, previousLoad);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var snapshot = Snapshot.Build(loaded.Content, previousSnapshot);
        var content = snapshot.Content;
        LogLoaded(reason, content.Articles.Count, content.Diagnostics.Count, content.Version, clock.Elapsed.TotalMilliseconds,
            loadMs, clock.Elapsed.TotalMilliseconds - loadMs);
        foreach (var diagnostic in content.Diagnostics.Take(MostDiagnosticsLogged))
        {
            LogDiagnostic(diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Code, diagnostic.SeverityName, diagnostic.Message);
        }

        if (content.Diagnostics.Count > MostDiagnosticsLogged)
        {
            LogMoreDiagnostics(content.Diagnostics.Count - MostDiagnosticsLogged);
        }

        return (snapshot, loaded);
    }

    // A load allocates several times what it keeps (every file's text, Markdown trees, index buffers), and the GC
    // keeps the memory it grew to for the next burst that never comes: at 10k pages the process stayed at 2.9 GB
    // with under 1 GB live. One compacting collection after the first load, and after a reload that rebuilt most
    // pages (a registry edit), hands the rest back to the system. It pauses requests (0.1-0.2 s at 10k pages), so
    // the everyday reload of a few edited pages, which allocates little, leaves memory to the GC.
    private static void ReturnFreedMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Content {Reason}: {Pages} pages, {Diagnostics} diagnostics, version {Version} in {ElapsedMs:0.0} ms (load {LoadMs:0.0} ms, index {IndexMs:0.0} ms)")]
    private partial void LogLoaded(string reason, int pages, int diagnostics, string version, double elapsedMs, double loadMs, double indexMs);

    // Errors and warnings alike are logged as warnings: either way the site runs, with the problem visible.
    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}:{Line}:{Column}: {Code} {Severity} {Message}")]
    private partial void LogDiagnostic(string file, int line, int column, string code, string severity, string message);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "... and {More} more content problems; `dotnet run --project src/Dopamine.Web -- check` lists them all")]
    private partial void LogMoreDiagnostics(int more);
}
