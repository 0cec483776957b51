using System.Net;
using System.Text.Json;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dopamine.Web.Tests;

/// <summary>
/// What a reader (or a script) that searches too fast gets: 429 with <c>Retry-After</c> on <c>/search</c> and
/// <c>/api/*</c>, while pages keep opening and other readers keep searching.
/// </summary>
public sealed class RateLimitTests(RateLimitedSiteFactory site) : IClassFixture<RateLimitedSiteFactory>
{
    // The burst plus room for the token or two the once-a-second refill could add while they are in flight.
    private const int AtOnce = RateLimitedSiteFactory.Burst + 3;

    [Fact]
    public async Task ApiSearchesBeyondTheBurstGet429WithRetryAfterAndAJsonError()
    {
        using var client = site.ClientAt("10.1.0.1");

        var responses = await SendAtOnceAsync(client, "/api/search?q=dopamine");

        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) >= RateLimitedSiteFactory.Burst);
        var rejected = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(rejected.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {rejected.Headers.RetryAfter}");
        Assert.True(rejected.Headers.CacheControl?.NoStore);
        Assert.Equal("application/json", rejected.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        Assert.Contains("try again", body.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionsShareTheSearchLimit()
    {
        using var client = site.ClientAt("10.1.0.7");

        var responses = await SendAtOnceAsync(client, "/api/suggest?q=dopa");

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task SearchPageBeyondTheBurstGets429PageThatSaysToWait()
    {
        using var client = site.ClientAt("10.1.0.2");

        var responses = await SendAtOnceAsync(client, "/search?q=dopamine");

        var rejected = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(rejected.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.True(rejected.Headers.CacheControl?.NoStore);
        Assert.Equal("text/html", rejected.Content.Headers.ContentType?.MediaType);
        var html = await rejected.Content.ReadAsStringAsync();
        Assert.Contains("Too many searches", html, StringComparison.Ordinal);
        Assert.Contains("Wait a few seconds", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesStillOpenForAClientOverItsSearchLimit()
    {
        using var client = site.ClientAt("10.1.0.3");
        Assert.Contains(await SendAtOnceAsync(client, "/api/search?q=dopamine"), r => r.StatusCode == HttpStatusCode.TooManyRequests);

        foreach (var page in new[] { "/", "/topics/dopamine-motivation-and-drive", "/questions/what-is-dopamine", "/css/site.css", "/healthz" })
        {
            Assert.All(await SendAtOnceAsync(client, page), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }
    }

    [Fact]
    public async Task AnotherClientKeepsSearchingWhileOneIsLimited()
    {
        using var limited = site.ClientAt("10.1.0.4");
        using var other = site.ClientAt("10.1.0.5");
        Assert.Contains(await SendAtOnceAsync(limited, "/api/search?q=dopamine"), r => r.StatusCode == HttpStatusCode.TooManyRequests);

        var response = await other.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AddressesInOneIpv6Slash64AreOneClient()
    {
        using var first = site.ClientAt("2001:db8:0:7::1");
        using var sameNetwork = site.ClientAt("2001:db8:0:7::2");
        using var otherNetwork = site.ClientAt("2001:db8:0:8::1");
        Assert.Contains(await SendAtOnceAsync(first, "/api/search?q=dopamine"), r => r.StatusCode == HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sameNetwork.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherNetwork.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task RequestsWithoutAClientAddressShareOneLimitAndNeverFail()
    {
        // The in-process test server gives no remote address at all, like a misconfigured proxy might.
        using var first = site.CreateClient();
        using var second = site.CreateClient();

        var responses = await SendAtOnceAsync(first, "/api/search?q=dopamine");
        var next = await second.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{r.StatusCode}"));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Fact]
    public async Task TheLimitAnswerCarriesTheSecurityHeaders()
    {
        using var client = site.ClientAt("10.1.0.6");

        var rejected = (await SendAtOnceAsync(client, "/api/search?q=dopamine")).First(r => r.StatusCode == HttpStatusCode.TooManyRequests);

        SecurityHeaderAssert.Present(rejected);
    }

    [Fact]
    public async Task PermitsPerSecondZeroNeverLimits()
    {
        // BundledSiteFactory turns the limit off; a burst of one would otherwise stop the second search.
        using var unlimited = new BundledSiteFactory().WithWebHostBuilder(b => b.UseSetting("RateLimiting:Burst", "1"));
        using var client = unlimited.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Theory]
    [InlineData("PermitsPerSecond", "-1")]
    [InlineData("Burst", "-1")]
    [InlineData("Burst", "0")]
    public void ANegativeOrEmptyLimitStopsTheSiteAtStart(string setting, string value)
    {
        using var broken = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Content:Root", BundledSiteFactory.ContentRootPath);
            b.UseSetting("Content:Watch", "false");
            b.UseSetting($"RateLimiting:{setting}", value);
        });

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains($"RateLimiting:{setting}", error.ToString(), StringComparison.Ordinal);
    }

    // Sent together, so they reach the limiter within moments of each other; the pipeline is warmed first with a
    // request the limiter never counts, so a cold start cannot spread them over a refill.
    private async Task<HttpResponseMessage[]> SendAtOnceAsync(HttpClient client, string url)
    {
        using var warmUp = site.CreateClient();
        await warmUp.GetAsync(new Uri("/healthz", UriKind.Relative));
        return await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => client.GetAsync(new Uri(url, UriKind.Relative))));
    }
}
