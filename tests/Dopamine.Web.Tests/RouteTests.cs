using System.Net;
using System.Text.Json;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dopamine.Web.Tests;

/// <summary>The index pages, the health probes and what a reader gets for an address that is wrong.</summary>
public sealed class RouteTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Fact]
    public async Task TagPageListsThePagesWithThatTag()
    {
        var client = factory.CreateClient();
        var tags = await Html.GetOkAsync(client, "/tags");
        var first = tags.QuerySelector(".tag-cloud a")!.GetAttribute("href")!;

        var tag = await Html.GetOkAsync(client, first);

        Assert.NotEmpty(tag.QuerySelectorAll(".article-list a[href^='/topics/'], .article-list a[href^='/questions/']"));
    }

    [Fact]
    public async Task SourcePageShowsTheSourceAndEveryPageCitingIt()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/sources/schultz-1997");

        Assert.Contains("prediction and reward", page.QuerySelector("h1").Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(page.QuerySelectorAll(".article-list a"), a => a.GetAttribute("href") == "/topics/dopamine-motivation-and-drive");
    }

    [Fact]
    public async Task GlossaryGivesEachTermAnAnchorAndADefinition()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/glossary");

        Assert.NotNull(page.GetElementById("nucleus-accumbens"));
        Assert.All(page.QuerySelectorAll(".glossary dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.Text())));
    }

    [Theory]
    [InlineData("/topics/no-such-page")]
    [InlineData("/questions/dopamine-motivaton")]
    [InlineData("/tags/no-such-tag")]
    [InlineData("/sources/no-such-source")]
    [InlineData("/nothing/here/at-all")]
    [InlineData("/error")]
    [InlineData("/error?status=999")]
    [InlineData("/topics/%20%20")]
    [InlineData("/questions/%E2%80%A8")]
    [InlineData("/tags/%0D%0A")]
    [InlineData("/sources/%C2%A0")]
    public async Task UnknownAddressGetsAHelpful404WithSearchAndClosestPages(string path)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name='q']"));
        Assert.NotEmpty(page.QuerySelectorAll("main .article-list a[href^='/topics/'], main .article-list a[href^='/questions/']"));
    }

    [Fact]
    public async Task NotFoundPageSuggestsTheClosestTitleFirst()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/topics/glutamate-and-dopamine");

        Assert.Equal("/topics/dopamine-and-glutamate", page.QuerySelector("main .article-list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnAddressOfThousandsOfWordsStillGetsTheHelpful404()
    {
        var path = "/topics/" + string.Concat(Enumerable.Repeat("dopamine-reward-", 1_500));

        var (response, page) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll("main .article-list a"));
    }

    [Fact]
    public async Task ATopicAskedForUnderQuestionsRedirectsToItsAddress()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/questions/pleasure-pain-balance");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/topics/pleasure-pain-balance", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task OverLongSearchGetsAClear400Page()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200 characters", page.QuerySelector("main").Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=dopamine&page=99999999")]
    [InlineData("/search?q=dopamine&page=-3")]
    [InlineData("/search?q=dopamine&page=abc")]
    [InlineData("/search?q=%22unclosed")]
    [InlineData("/search?q=AND+OR+(")]
    [InlineData("/search?q=title%3A")]
    [InlineData("/search?q=%2F%5Ba-z%2F")]
    public async Task OddSearchInputStillGetsAResultsPage(string url)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search", page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task SearchFindsTheGlutamatePageByItsSubject()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/search?q=glutamate+NMDA");

        Assert.StartsWith("/topics/dopamine-and-glutamate?hl=", page.QuerySelector(".results a.result-title")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchEchoesTheQueryEncoded()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=%3Cscript%3Ealert(1)%3C/script%3E");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthzSaysAliveAndReadyzReportsTheContent()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        using var ready = JsonDocument.Parse(await client.GetStringAsync("/readyz"));
        Assert.Equal(45, ready.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(0, ready.RootElement.GetProperty("diagnostics").GetInt32());
        Assert.Equal(16, ready.RootElement.GetProperty("version").GetString()!.Length);
    }
}
