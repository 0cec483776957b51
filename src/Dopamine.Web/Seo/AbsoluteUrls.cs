namespace Dopamine.Web.Seo;

/// <summary>
/// Turns site paths into the absolute URLs that sitemaps, feeds, canonical links and JSON-LD need: from
/// <c>Site:BaseUrl</c> when it is set (behind a proxy the request's own scheme and host may be internal),
/// else from the request's scheme, host and path base.
/// </summary>
internal sealed class AbsoluteUrls
{
    public const string BaseUrlSetting = "Site:BaseUrl";

    private AbsoluteUrls(string origin) => Origin = origin;

    /// <summary>The site's root without a trailing slash, e.g. <c>https://dopamine.example</c>.</summary>
    public string Origin { get; }

    /// <summary>The absolute URL of a site path that starts with <c>/</c>.</summary>
    public string To(string path) => Origin + path;

    public static AbsoluteUrls For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetRequiredService<IConfiguration>()[BaseUrlSetting];
        if (TryParseBaseUrl(configured, out var origin))
        {
            return new AbsoluteUrls(origin);
        }

        var request = context.Request;
        var host = request.Host.HasValue ? request.Host.Value : "localhost";
        return new AbsoluteUrls($"{request.Scheme}://{host}{request.PathBase}");
    }

    /// <summary>True for an absolute http(s) URL without query or fragment; <paramref name="origin"/> loses any trailing slash.</summary>
    public static bool TryParseBaseUrl(string? text, out string origin)
    {
        origin = "";
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return false;
        }

        origin = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return true;
    }
}
