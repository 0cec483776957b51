using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dopamine.Web.Hosting;

internal static class SearchRateLimitingExtensions
{
    /// <summary>Registers the per-client limit on searches from the <c>RateLimiting</c> section (see <see cref="RateLimitingOptions"/>).</summary>
    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section)
            .Validate(o => o.PermitsPerSecond >= 0, "RateLimiting:PermitsPerSecond must be 0 (off) or more.")
            .Validate(o => o.Burst >= 0 && (o.Burst > 0 || !o.Enabled), "RateLimiting:Burst must be 1 or more.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, options) =>
        {
            // Off means no limiter at all, not a generous one: the middleware then only passes requests on.
            if (options.Value.Enabled)
            {
                limiter.GlobalLimiter = SearchRateLimiter.Create(options.Value);
                // The middleware's default is 503, which would tell the reader the site is down.
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = SearchRateLimiter.RejectAsync;
            }
        });
        return services;
    }

    /// <summary>Goes after the status-code pages, so a limited <c>/search</c> is answered by the error page.</summary>
    public static IApplicationBuilder UseSearchRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();
}
