namespace Dopamine.Web.Hosting;

/// <summary>
/// Puts the browser-hardening headers on every response: pages, the JSON API, static assets, health probes, and
/// the 4xx, 429 and 500 answers written further down the pipeline.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment)
{
    // Everything a page loads comes from this origin: the stylesheet, the one deferred script (fingerprinted by
    // MapStaticAssets), the favicon and the fetches to /api/suggest. No inline script, no inline style and no style
    // attribute appear in our markup, so neither needs 'unsafe-inline'; the script sets popover positions through
    // element.style, which CSP does not restrict. JSON-LD blocks are data, never executed, so script-src need not
    // allow them. 'self' for scripts is safe because every other same-origin response is JSON, XML or text that
    // nosniff keeps from running as script.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Only features a browser knows: an unknown name is reported on every page's console.
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    // A year, the minimum the preload lists accept; subdomains are left alone because this site does not own them.
    public const string StrictTransportSecurity = "max-age=31536000";

    private readonly bool _hsts = !environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        // Set when the headers go out, not now: the exception handler clears the headers of a failed response
        // before it writes the error page, but keeps the callbacks registered here.
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        // As UseHsts: only over HTTPS (browsers ignore it on HTTP anyway), never in Development, and never for a
        // loopback host, where it would force HTTPS on every other site a developer serves from localhost.
        if (_hsts && context.Request.IsHttps && !IsLoopback(context.Request.Host.Host))
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]";
}
