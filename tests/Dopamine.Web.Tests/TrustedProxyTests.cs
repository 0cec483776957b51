using System.Net;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dopamine.Web.Tests;

/// <summary>
/// Behind a configured reverse proxy the site sees each reader's own address and scheme (so each has a search limit
/// of their own, and HTTPS readers get HSTS); the same headers from anyone else change nothing.
/// </summary>
public sealed class TrustedProxyTests(RateLimitedSiteFactory site) : IClassFixture<RateLimitedSiteFactory>
{
    private const string Proxy = "10.9.0.1";

    [Fact]
    public async Task ReadersBehindANamedProxyEachHaveTheirOwnSearchLimit()
    {
        using var proxied = site.WithWebHostBuilder(b => b.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy));
        using var first = Through(proxied, Proxy, forwardedFor: "203.0.113.1");
        using var second = Through(proxied, Proxy, forwardedFor: "203.0.113.2");

        Assert.Contains(await SearchAtOnceAsync(first), s => s == HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AProxyNamedByItsNetworkIsTrustedToo()
    {
        using var proxied = site.WithWebHostBuilder(b => b.UseSetting("ForwardedHeaders:KnownNetworks:0", "10.9.0.0/16"));
        using var first = Through(proxied, "10.9.3.4", forwardedFor: "203.0.113.3");
        using var second = Through(proxied, "10.9.5.6", forwardedFor: "203.0.113.4");

        Assert.Contains(await SearchAtOnceAsync(first), s => s == HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnAddressNotNamedAreIgnored()
    {
        using var proxied = site.WithWebHostBuilder(b => b.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy));
        using var first = Through(proxied, "10.9.9.9", forwardedFor: "203.0.113.5");
        using var second = Through(proxied, "10.9.9.9", forwardedFor: "203.0.113.6");

        Assert.Contains(await SearchAtOnceAsync(first), s => s == HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await second.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task WithNoProxyConfiguredForwardedHeadersAreIgnored()
    {
        using var first = Through(site, Proxy, forwardedFor: "203.0.113.7");
        using var second = Through(site, Proxy, forwardedFor: "203.0.113.8");

        Assert.Contains(await SearchAtOnceAsync(first), s => s == HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await second.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(Proxy, true)]
    [InlineData("10.9.9.9", false)]
    public async Task HttpsAtTheProxyGetsStrictTransportSecurityOnlyFromANamedProxy(string sender, bool expected)
    {
        using var production = site.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("ForwardedHeaders:KnownProxies:0", Proxy));
        using var client = Through(production, sender, forwardedFor: "203.0.113.9");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")]
    public void AMistypedProxyStopsTheSiteAtStart(string key, string value)
    {
        using var broken = site.WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("ForwardedHeaders", error.ToString(), StringComparison.Ordinal);
    }

    // The test server has no socket, so the proxy's own address is set by TestClientAddress, as a connection would.
    private static HttpClient Through(WebApplicationFactory<Program> factory, string sender, string forwardedFor)
    {
        // Not localhost: the site never sends HSTS for a loopback host.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://dopamine.example"),
        });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, sender);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private static async Task<HttpStatusCode[]> SearchAtOnceAsync(HttpClient client)
    {
        var searches = Enumerable.Range(0, RateLimitedSiteFactory.Burst + 3)
            .Select(_ => client.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative)));
        return (await Task.WhenAll(searches)).Select(r => r.StatusCode).ToArray();
    }
}
