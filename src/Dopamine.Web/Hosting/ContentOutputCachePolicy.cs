using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Dopamine.Web.Hosting;

/// <summary>
/// Keeps the finished bytes of a page (after compression) per content version, address and encoding, so a
/// request for a page already sent once costs a dictionary look-up instead of a Razor render and a Brotli pass.
/// A reload changes the version, so nothing stale is ever served; old entries are evicted by tag.
/// </summary>
internal sealed class ContentOutputCachePolicy : IOutputCachePolicy
{
    public const string Tag = "content";

    // Entries of the current version stay right until the next reload; the lifetime only bounds the memory held by
    // pages nobody asks for again.
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || http.GetEndpoint()?.Metadata.GetMetadata<UncachedOutputAttribute>() is not null)
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // One render per page and version even when a crowd asks for it at the same moment.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        var vary = context.CacheVaryByRules;
        // The request's own snapshot, the one the page renders: a body is always filed under its own version.
        vary.CacheKeyPrefix = http.RequestServices.GetRequiredService<Snapshot>().Version;
        vary.VaryByHost = true;
        vary.QueryKeys = "*";
        vary.HeaderNames = HeaderNames.AcceptEncoding;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only a finished page is worth keeping: never an error, a redirect or anything carrying a cookie.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
