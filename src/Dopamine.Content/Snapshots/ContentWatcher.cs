using Microsoft.Extensions.Logging;

namespace Dopamine.Content.Snapshots;

/// <summary>
/// Watches the content root and reloads the store once the files have been quiet for the debounce time,
/// so a save that touches several files, or fifty saves in a second, costs one reload.
/// </summary>
public sealed partial class ContentWatcher : IDisposable
{
    private readonly ContentStore _store;
    private readonly TimeSpan _debounce;
    private readonly ILogger<ContentWatcher> _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;

    /// <summary>Starts watching at once.</summary>
    public ContentWatcher(ContentStore store, TimeSpan debounce, ILogger<ContentWatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _debounce = debounce;
        _logger = logger;
        _timer = new Timer(_ => _ = ReloadAsync(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(store.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, _) => Schedule();
        _watcher.Created += (_, _) => Schedule();
        _watcher.Deleted += (_, _) => Schedule();
        _watcher.Renamed += (_, _) => Schedule();
        // An overflowed event buffer means changes were missed: reload everything to be safe.
        _watcher.Error += (_, _) => Schedule();
        _watcher.EnableRaisingEvents = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void Schedule() => _timer.Change(_debounce, Timeout.InfiniteTimeSpan);

    private async Task ReloadAsync()
    {
        try
        {
            await _store.ReloadAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031
        catch (Exception ex)
        {
            // This runs on a timer thread, where an exception would be lost and end reloading for good. The
            // folder can vanish mid-edit, or a loader bug can surface: log it, keep serving the current
            // snapshot, and let the next file event try again.
            LogReloadFailed(ex);
        }
#pragma warning restore CA1031
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Content reload failed; still serving the previous version")]
    private partial void LogReloadFailed(Exception exception);
}
