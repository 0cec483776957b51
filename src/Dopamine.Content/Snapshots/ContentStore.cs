using System.Diagnostics;
using Dopamine.Content.Loading;
using Microsoft.Extensions.Logging;

namespace Dopamine.Content.Snapshots;

/// <summary>
/// Holds the current <see cref="Snapshot"/>. A reload builds a whole new snapshot off the request path and
/// publishes it with one reference write; reloads run one at a time.
/// </summary>
public sealed partial class ContentStore : IDisposable
{
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly ILogger<ContentStore> _logger;
    private Snapshot _current;
    private IReadOnlyDictionary<string, string> _lastGood;

    /// <summary>Loads the content at <paramref name="root"/> synchronously, so the site starts ready.</summary>
    public ContentStore(string root, ILogger<ContentStore> logger)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = root;
        _logger = logger;
        (_current, _lastGood) = Build(null, "load");
    }

    /// <summary>The absolute content root.</summary>
    public string Root { get; }

    /// <summary>The snapshot to serve now. Take it once per request.</summary>
    public Snapshot Current => Volatile.Read(ref _current);

    /// <summary>Rebuilds from disk and swaps the snapshot in. Files that fail keep their last good version.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (snapshot, lastGood) = Build(_lastGood, "reload");
            _lastGood = lastGood;
            Interlocked.Exchange(ref _current, snapshot);
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _reloadGate.Dispose();

    private (Snapshot, IReadOnlyDictionary<string, string>) Build(IReadOnlyDictionary<string, string>? lastGood, string reason)
    {
        var clock = Stopwatch.StartNew();
        var loaded = ContentLoader.Load(Root, lastGood);
        var loadTime = clock.Elapsed;
        var snapshot = Snapshot.Build(loaded.Content, out var indexTime, out var relatedTime);
        var content = snapshot.Content;
        LogLoaded(reason, content.Articles.Count, content.Diagnostics.Count, content.Version, clock.Elapsed.TotalMilliseconds,
            loadTime.TotalMilliseconds, indexTime.TotalMilliseconds, relatedTime.TotalMilliseconds);
        foreach (var diagnostic in content.Diagnostics)
        {
            LogDiagnostic(diagnostic.File, diagnostic.Line, diagnostic.Code, diagnostic.Message);
        }

        return (snapshot, loaded.LastGood);
    }

    // The split (read, parse and render; search index; related lists) is what the scale benchmark reads.
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Content {Reason}: {Pages} pages, {Diagnostics} diagnostics, version {Version} in {ElapsedMs:0.0} ms "
            + "(load {LoadMs:0.0} ms, index {IndexMs:0.0} ms, related {RelatedMs:0.0} ms)")]
    private partial void LogLoaded(string reason, int pages, int diagnostics, string version, double elapsedMs,
        double loadMs, double indexMs, double relatedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}:{Line}: {Code} {Message}")]
    private partial void LogDiagnostic(string file, int line, string code, string message);
}
