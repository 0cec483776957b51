using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticAssets;

namespace Dopamine.Web.Hosting;

internal static class HttpCachingExtensions
{
    private static readonly string[] CompressedTypes =
    [
        "text/html", "text/plain", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
        "application/json", "application/problem+json", "application/x-suggestions+json",
        "application/xml", "application/atom+xml", "application/opensearchdescription+xml",
    ];

    /// <summary>Registers Brotli and gzip response compression and the ETag source for <see cref="UseHttpCaching"/>.</summary>
    public static IServiceCollection AddHttpCaching(this IServiceCollection services)
    {
        services.AddSingleton<ContentETags>();
        services.AddResponseCompression(options =>
        {
            // BREACH recovers a secret from the size of compressed HTTPS responses that also reflect text the
            // attacker chose. Our pages reflect search words but hold no secret: no sign-in, no cookies, no
            // antiforgery tokens (every form is a GET). Turn this off before adding any of those.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        // Responses are small and mostly answered by caches and 304s, so the better ratio is worth the CPU.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Compresses and sets caching headers on every response except static assets. Goes before the error handlers.</summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app)
    {
        // Static assets are compressed at build time (gzip; gzip and Brotli when published) and chosen by
        // MapStaticAssets with their own strong ETags, so they are not compressed a second time on the fly.
        app.UseWhen(context => !IsStaticAsset(context), branch => branch.UseResponseCompression());
        return app.UseMiddleware<HttpCachingMiddleware>();
    }

    /// <summary>Marks an endpoint's responses <c>Cache-Control: no-store</c>, e.g. health probes.</summary>
    public static TBuilder DisableHttpCaching<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(NoStoreMetadata.Instance);

    internal static bool IsStaticAsset(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}
