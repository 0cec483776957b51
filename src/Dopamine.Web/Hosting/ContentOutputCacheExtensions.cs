using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.OutputCaching;

namespace Dopamine.Web.Hosting;

internal static class ContentOutputCacheExtensions
{
    private const string PolicyName = "content";

    /// <summary>Registers the in-memory output cache with the content-version policy.</summary>
    public static IServiceCollection AddContentOutputCache(this IServiceCollection services)
    {
        services.AddSingleton<ContentOutputCachePolicy>();
        services.AddOutputCache(options =>
        {
            // The whole bundled site, every encoding, is a few MB; the limit caps what a crawl of a large corpus holds.
            options.SizeLimit = 64L * 1024 * 1024;
            options.AddPolicy(PolicyName, builder => builder.AddPolicy<ContentOutputCachePolicy>(), excludeDefaultPolicy: true);
        });
        return services;
    }

    /// <summary>Serves kept pages; see <see cref="HttpCachingExtensions.UseHttpCaching"/> for its place in the pipeline.</summary>
    public static IApplicationBuilder UseContentOutputCache(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<IOutputCacheStore>();
        var store = app.ApplicationServices.GetRequiredService<ContentStore>();
        // Entries of an older version can never be asked for again; let them go as soon as the new one is live.
        store.SnapshotPublished += _ => EvictOlderVersions(cache);
        return app.UseOutputCache();
    }

    // The in-memory store evicts synchronously; a failure here would only leave old entries to expire on their own.
    private static void EvictOlderVersions(IOutputCacheStore cache) =>
        cache.EvictByTagAsync(ContentOutputCachePolicy.Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Keeps this endpoint's responses per content version (see <see cref="ContentOutputCachePolicy"/>).</summary>
    public static TBuilder CacheContentOutput<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(PolicyName);
}
