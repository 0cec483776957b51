using Dopamine.Content;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Telemetry;
using Microsoft.Extensions.Options;

namespace Dopamine.Web.Hosting;

internal static class ContentServiceCollectionExtensions
{
    /// <summary>Registers the content store (loaded at start-up) and, unless turned off, the file watcher.</summary>
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
        services.AddHostedService<ContentWatcherService>();
        return services;
    }
}
