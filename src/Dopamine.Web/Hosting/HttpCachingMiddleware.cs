using Dopamine.Content.Snapshots;
using Microsoft.Net.Http.Headers;

namespace Dopamine.Web.Hosting;

/// <summary>
/// HTTP caching for everything rendered from content (pages, the JSON API, feeds): an ETag per content version
/// and build, 304 for a matching <c>If-None-Match</c>, and a <c>Cache-Control</c> chosen by the final status.
/// Static assets are left to MapStaticAssets, which sends its own strong ETags and, for fingerprinted URLs,
/// <c>max-age=31536000, immutable</c>.
/// </summary>
internal sealed class HttpCachingMiddleware(RequestDelegate next, ContentETags etags)
{
    // A content edit is live a moment after it is saved, so readers and shared caches keep a response for only a
    // minute. After that they revalidate with the ETag, which costs a 304 and no rendering while nothing changed.
    public const string Revalidate = "public, max-age=60";

    // Health probes must reach the process every time. Error pages describe a moment (a 404 may be the page the
    // next edit adds, a 500 a passing failure) and are cheap to render again, so they are never stored either.
    public const string NoStore = "no-store";

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpCachingExtensions.IsStaticAsset(context))
        {
            return next(context);
        }

        var request = context.Request;
        var endpoint = context.GetEndpoint();
        var noStore = endpoint?.Metadata.GetMetadata<NoStoreMetadata>() is not null;
        // The request's own snapshot, the one the endpoint renders, so tag and body are always of one version. Asked
        // for only here, past the static assets, which then never create a request scope or hold a snapshot.
        var etag = !noStore && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            ? etags.For(context.RequestServices.GetRequiredService<Snapshot>().Version)
            : null;

        // The tag, with the address the client keeps it for, names everything that decides the response, and only a
        // 200 carries it, so a client that holds the current tag for this address holds the current body: answer
        // without running the endpoint.
        // A 404 or 400 never hands out a tag, so no cache holds one for its address to revalidate with (a client that
        // sends another address's tag gets a 304 it cannot use, as with any tag it was never given for that address).
        if (etag is not null && endpoint is not null && Matches(request, etag))
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = Revalidate;
            VaryByEncoding(response.Headers);
            return Task.CompletedTask;
        }

        // Decided when the headers go out, because only then is the status final (a page can return NotFound, and
        // the error pages re-execute the pipeline).
        context.Response.OnStarting(() =>
        {
            Apply(context.Response, etag, noStore);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(candidate => candidate.Compare(etag, useStrongComparison: false));

    // Compression adds Vary only to the responses it compresses; a shared cache must see it on the plain one too,
    // or it could hand the plain bytes to every reader.
    private static void VaryByEncoding(IHeaderDictionary headers)
    {
        if (!headers.Vary.Any(value => value?.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase) == true))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }
    }

    private static void Apply(HttpResponse response, EntityTagHeaderValue? etag, bool noStore)
    {
        var headers = response.Headers;
        if (noStore || response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            headers.CacheControl = NoStore;
            headers.Remove(HeaderNames.ETag);
            return;
        }

        // An endpoint that chose its own caching keeps it; a response that sets a cookie must never sit in a
        // shared cache to be replayed to other readers.
        if (etag is null || headers.CacheControl.Count > 0 || headers.ETag.Count > 0 || headers.SetCookie.Count > 0)
        {
            return;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            headers.ETag = etag.ToString();
            headers.CacheControl = Revalidate;
            VaryByEncoding(headers);
        }
        else if (response.StatusCode is StatusCodes.Status301MovedPermanently or StatusCodes.Status308PermanentRedirect)
        {
            // Browsers keep a permanent redirect without a lifetime for good, but the next edit may move the page.
            headers.CacheControl = Revalidate;
        }
    }
}
