using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Dopamine.Web.Hosting;

/// <summary>
/// One token bucket per client for everything that runs a search (<c>/search</c> and <c>/api/*</c>); every other
/// request passes untouched. Searching costs CPU on every call, while pages are cheap and mostly cached.
/// </summary>
internal static class SearchRateLimiter
{
    // Never an IP address, so the unlimited partition can never be a client's bucket.
    private const string Unlimited = "pages";

    // Every client without an address (in-process test servers, some proxies) shares one bucket: one stranger
    // cannot be told from another.
    private const string NoAddress = "no-address";

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitingOptions options)
    {
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Burst,
            // A whole second's tokens at once: the shared replenishment timer ticks every 100 ms and adds at most one
            // period's worth per tick, so a shorter period would quietly lower the rate.
            TokensPerPeriod = options.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        };
        return PartitionedRateLimiter.Create<HttpContext, string>(context => IsSearch(context.Request.Path)
            ? RateLimitPartition.GetTokenBucketLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => bucket)
            : RateLimitPartition.GetNoLimiter(Unlimited));
    }

    /// <summary>429 with <c>Retry-After</c>; JSON for the API, and for <c>/search</c> the site's own error page.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = HttpCachingMiddleware.NoStore;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var message = $"Too many searches from your address: wait {seconds} s, then try again.";
            await Results.Json(new ErrorJson(message), statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
        }

        // /search gets no body here, so UseStatusCodePagesWithReExecute renders /error for the 429 with the layout,
        // the search box and the words a reader needs.
    }

    private static bool IsSearch(PathString path) => path.StartsWithSegments("/search") || path.StartsWithSegments("/api");

    // An IPv6 client is usually given a whole /64, so a bucket per address would hand it billions of buckets.
    private static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return NoAddress;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
