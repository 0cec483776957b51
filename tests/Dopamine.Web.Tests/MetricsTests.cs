using System.Net;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dopamine.Web.Tests;

/// <summary>/metrics for the operator's Prometheus: off unless enabled, then the site's own figures beside ASP.NET Core's.</summary>
public sealed class MetricsTests(RateLimitedSiteFactory site) : IClassFixture<RateLimitedSiteFactory>
{
    [Fact]
    public async Task MetricsAreNotServedUnlessEnabled()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EnabledMetricsShowTheSitesOwnFiguresInPrometheusText()
    {
        using var enabled = Enabled();
        using var client = Client(enabled, "10.3.0.1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/search?q=zzqqxx", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/suggest?q=dopa", UriKind.Relative))).StatusCode);

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "a scrape is never kept");
        // At least: the site's meter has one name in the process, so sites of other test classes running at the same
        // time add to the same series.
        Assert.True(Count(text, "dopamine_searches_total{", "found=\"true\"", "source=\"api\"") >= 1);
        Assert.True(Count(text, "dopamine_searches_total{", "found=\"false\"", "source=\"page\"") >= 1);
        Assert.True(Count(text, "dopamine_suggestions_total{", "source=\"api\"") >= 1);
        Assert.Contains("dopamine_content_pages{", text, StringComparison.Ordinal);
        Assert.Contains("dopamine_content_diagnostics{", text, StringComparison.Ordinal);
        Assert.Contains("dopamine_content_version{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScrapesAreNeverRateLimitedEvenForAClientOverItsSearchLimit()
    {
        using var enabled = Enabled();
        using var client = Client(enabled, "10.3.0.2");
        var searches = await Task.WhenAll(Enumerable.Range(0, RateLimitedSiteFactory.Burst + 3)
            .Select(_ => client.GetAsync(new Uri("/api/search?q=dopamine", UriKind.Relative))));
        Assert.Contains(searches, r => r.StatusCode == HttpStatusCode.TooManyRequests);

        var scrapes = await Task.WhenAll(Enumerable.Range(0, RateLimitedSiteFactory.Burst + 3)
            .Select(_ => client.GetAsync(new Uri("/metrics", UriKind.Relative))));

        Assert.All(scrapes, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private WebApplicationFactory<Program> Enabled() => site.WithWebHostBuilder(b => b.UseSetting("Metrics:Enabled", "true"));

    private static HttpClient Client(WebApplicationFactory<Program> factory, string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    // The value of the one sample line holding every part (label order is the exporter's business): after the labels,
    // before an optional timestamp.
    private static double Count(string text, params string[] parts) =>
        double.Parse(Value(text, parts), System.Globalization.CultureInfo.InvariantCulture);

    private static string Value(string text, params string[] parts)
    {
        var line = text.Split('\n').SingleOrDefault(line => parts.All(p => line.Contains(p, StringComparison.Ordinal)))
            ?? throw new Xunit.Sdk.XunitException($"no line with {string.Join(", ", parts)} in:\n{text}");
        return line[(line.LastIndexOf('}') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
    }
}
