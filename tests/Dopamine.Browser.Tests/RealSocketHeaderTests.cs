using System.Net;
using Dopamine.Browser.Tests.Infrastructure;

namespace Dopamine.Browser.Tests;

/// <summary>
/// What Kestrel itself sends on a real socket, which the in-process test server cannot show: no <c>Server</c>
/// header naming it, and the security headers on pages, assets and errors alike.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class RealSocketHeaderTests(BrowserSite site)
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/api/search?q=dopamine", HttpStatusCode.OK)]
    [InlineData("/topics/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task KestrelSendsNoServerHeaderAndTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.Server)}");
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
