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
        services.AddContentOutputCache();
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

    /// <summary>
    /// Sets caching headers on, keeps and compresses every response except static assets. Goes before the error
    /// handlers. The order matters: the ETag and 304 come first, so a revalidation costs neither a cache look-up nor
    /// a render, and the headers are set on kept responses too (the output cache copies headers when the body
    /// starts, before the ETag is chosen); the output cache sits outside compression, so it keeps the compressed
    /// bytes and a hit costs no Brotli pass.
    /// </summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app)
    {
        app.UseMiddleware<HttpCachingMiddleware>();
        app.UseContentOutputCache();
        // Static assets are compressed at build time (gzip; gzip and Brotli when published) and chosen by
        // MapStaticAssets with their own strong ETags, so they are not compressed a second time on the fly.
        return app.UseWhen(context => !IsStaticAsset(context), branch => branch.UseResponseCompression());
    }

    /// <summary>Marks an endpoint's responses <c>Cache-Control: no-store</c>, e.g. health probes.</summary>
    public static TBuilder DisableHttpCaching<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(NoStoreMetadata.Instance);

    internal static bool IsStaticAsset(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}
