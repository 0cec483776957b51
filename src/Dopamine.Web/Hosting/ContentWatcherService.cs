using Dopamine.Content;
using Dopamine.Content.Snapshots;
using Microsoft.Extensions.Options;

namespace Dopamine.Web.Hosting;

/// <summary>Loads the content before the server takes requests, then watches it for edits.</summary>
internal sealed class ContentWatcherService(ContentStore store, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger)
    : IHostedService, IDisposable
{
    private ContentWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the store above already loaded the content; here we only start watching.
        if (options.Value.Watch)
        {
            _watcher = new ContentWatcher(store, TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds), logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();
}
