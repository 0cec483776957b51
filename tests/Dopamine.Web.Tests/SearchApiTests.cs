using System.Diagnostics;
using System.Net;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>The JSON contracts of /api/search and /api/suggest, and what bad parameters get.</summary>
public sealed class SearchApiTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Fact]
    public async Task SearchAnswersWithTheDesignedShape()
    {
        var (status, body) = await Api.GetAsync(factory.CreateClient(), "/api/search?q=coffee%20and%20dopamine");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("coffee and dopamine", body.GetProperty("query").GetString());
        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, body.GetProperty("tookMs").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("didYouMean").ValueKind);
        var first = body.GetProperty("results")[0];
        Assert.Equal("does-caffeine-increase-dopamine", first.GetProperty("slug").GetString());
        Assert.Equal("question", first.GetProperty("kind").GetString());
        Assert.StartsWith("/questions/does-caffeine-increase-dopamine", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task TookMsIsTheServersTimeForTheSearchWithinTheRoundTrip()
    {
        // A query asked nowhere else, so the search really runs rather than coming from the memory of recent answers.
        var query = $"dopamine craving {Guid.NewGuid():N}";
        var clock = Stopwatch.StartNew();

        var (status, body) = await Api.GetAsync(factory.CreateClient(), "/api/search?q=" + Uri.EscapeDataString(query));

        clock.Stop();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange(body.GetProperty("tookMs").GetDouble(), 0.01, clock.Elapsed.TotalMilliseconds);
    }

    [Fact]
    public async Task LimitAndOffsetPageThroughTheSameRanking()
    {
        var client = factory.CreateClient();
        var all = await Api.SlugsAsync(client, "dopamine", limit: 20);
        var (_, second) = await Api.GetAsync(client, "/api/search?q=dopamine&limit=5&offset=5");

        Assert.Equal(all.Skip(5).Take(5), second.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%20%20")]
    [InlineData("/api/search?q=dopamine&limit=0")]
    [InlineData("/api/search?q=dopamine&limit=51")]
    [InlineData("/api/search?q=dopamine&limit=ten")]
    [InlineData("/api/search?q=dopamine&offset=-1")]
    [InlineData("/api/search?q=dopamine&offset=1e3")]
    [InlineData("/api/suggest")]
    [InlineData("/api/suggest?q=")]
    public async Task BadParametersGetA400WithAJsonError(string url)
    {
        var (status, body) = await Api.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/suggest?q=")]
    public async Task AQueryOver200CharactersGetsA400(string prefix)
    {
        var (status, body) = await Api.GetAsync(factory.CreateClient(), prefix + new string('x', 201));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("200", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parkin", "/questions/parkinsons-and-dopamine")]
    [InlineData("cold plu", "/questions/cold-exposure-and-dopamine")]
    [InlineData("parkisnons", "/questions/parkinsons-and-dopamine")]
    public async Task SuggestOffersMatchingTitlesAsYouTypeEvenWithATypo(string typed, string expectedUrl)
    {
        var (status, body) = await Api.GetAsync(factory.CreateClient(), "/api/suggest?q=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.OK, status);
        var suggestions = body.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.InRange(suggestions.Count, 1, 8);
        Assert.Contains(suggestions, s => s.GetProperty("url").GetString() == expectedUrl);
        Assert.All(suggestions, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("title").GetString())));
    }

    [Fact]
    public async Task SuggestNeverOffersMoreThanEight()
    {
        var (_, body) = await Api.GetAsync(factory.CreateClient(), "/api/suggest?q=dopamine");

        Assert.Equal(8, body.GetProperty("suggestions").GetArrayLength());
    }
}
