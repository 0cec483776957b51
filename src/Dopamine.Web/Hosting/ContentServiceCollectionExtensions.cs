using Dopamine.Content;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Telemetry;
using Microsoft.Extensions.Options;

namespace Dopamine.Web.Hosting;

internal static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the content store (loaded at start-up), the request's <see cref="Snapshot"/> and, unless turned off, the
    /// file watcher. A page, endpoint or view asks for <see cref="Snapshot"/>, never for the store: the first ask in a
    /// request takes the current snapshot and holds it to the end of the request, when the container disposes the lease.
    /// </summary>
    public static IServiceCollection AddDopamineContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Root), "Content:Root must name a folder.")
            .Validate(o => o.ReloadDebounceMilliseconds is >= 0 and <= 10_000, "Content:ReloadDebounceMilliseconds must be 0-10000.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            var root = ContentRoot.Resolve(options.Root, AppContext.BaseDirectory);
            return new ContentStore(root, sp.GetRequiredService<ILogger<ContentStore>>(), sp.GetService<SiteMetrics>());
        });
        // One snapshot per request: every reader in a request sees one version, and a reload cannot close its searchers
        // mid-request.
        services.AddScoped(sp => sp.GetRequiredService<ContentStore>().Acquire());
        services.AddScoped(sp => sp.GetRequiredService<SnapshotLease>().Snapshot);
        services.AddHostedService<ContentWatcherService>();
        return services;
    }
}
