using System.Net;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>The cases where a naive search goes wrong: synonyms, typos, phrases, prefixes, bad syntax.</summary>
public sealed class SearchRankingTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Theory]
    [InlineData("ice bath", "cold-exposure-and-dopamine")]
    [InlineData("coffee", "does-caffeine-increase-dopamine")]
    [InlineData("ritalin", "adhd-medication-dopamine")]
    [InlineData("dopamine fasting", "dopamine-detox-evidence")]
    [InlineData("see-saw", "pleasure-pain-balance")]
    public async Task AReadersWordFindsThePageThatUsesAnother(string query, string slug) =>
        Assert.Equal(slug, (await Api.SlugsAsync(factory.CreateClient(), query))[0]);

    [Fact]
    public async Task ATypoStillFindsThePageAndOffersTheCorrection()
    {
        var (_, body) = await Api.GetAsync(factory.CreateClient(), "/api/search?q=parkinsns");

        Assert.Equal("parkinson", body.GetProperty("didYouMean").GetString());
        Assert.Equal("parkinsons-and-dopamine", body.GetProperty("results")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task DidYouMeanOnlyOffersWordsThatAreInTheIndex()
    {
        var (_, body) = await Api.GetAsync(factory.CreateClient(), "/api/search?q=xqzvbn");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("didYouMean").ValueKind);
        Assert.Equal(0, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("why do I want things I don't even like")]
    [InlineData("why can't I stop scrolling")]
    public async Task ContractionsAndShortWordsAreNeverCorrected(string question)
    {
        var (_, body) = await Api.GetAsync(factory.CreateClient(), "/api/search?q=" + Uri.EscapeDataString(question));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("didYouMean").ValueKind);
        Assert.True(body.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task AQuotedPhraseFindsThePageWithThatPhrase() =>
        Assert.Contains("dopamine-volume-transmission", (await Api.SlugsAsync(factory.CreateClient(), "\"volume transmission\"")).Take(3));

    [Fact]
    public async Task TheLastWordMatchesAsAPrefixWhileTyping() =>
        Assert.Equal("dopamine-volume-transmission", (await Api.SlugsAsync(factory.CreateClient(), "volume transmis"))[0]);

    [Fact]
    public async Task PagesWithEveryWordComeBeforePagesWithSome()
    {
        var slugs = await Api.SlugsAsync(factory.CreateClient(), "caffeine adenosine receptors", limit: 30);

        Assert.Equal("does-caffeine-increase-dopamine", slugs[0]);
        Assert.True(slugs.Count > 3, "pages with only some of the words are still listed");
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("AND OR (")]
    [InlineData("title:")]
    [InlineData("*x")]
    [InlineData("dopamine~~~^^^")]
    [InlineData("((((((((((dopamine")]
    public async Task InvalidLuceneSyntaxIsSearchedAsPlainWords(string query)
    {
        var client = factory.CreateClient();

        var (status, _) = await Api.GetAsync(client, "/api/search?q=" + Uri.EscapeDataString(query));
        var page = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task UnclosedQuoteStillFindsTheWordsInside() =>
        Assert.Equal("parkinsons-and-dopamine", (await Api.SlugsAsync(factory.CreateClient(), "\"parkinsons"))[0]);

    [Fact]
    public async Task AQueryOfOnlyStopWordsSaysSo()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/search?q=the+and+of");

        Assert.Contains("only very common words", page.QuerySelector("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResultLeadsToTheMatchingPartAndTheWordsAreMarkedThere()
    {
        var client = factory.CreateClient();
        var results = await Html.GetOkAsync(client, "/search?q=mucuna");
        var href = results.QuerySelector(".results a.result-title")!.GetAttribute("href")!;

        Assert.Matches(@"^/questions/dopamine-supplements\?hl=mucuna#[\w-]+$", href);
        var landing = await Html.GetOkAsync(client, href.Split('#')[0]);
        Assert.NotNull(landing.GetElementById(href.Split('#')[1]));
        Assert.Contains(landing.QuerySelectorAll(".article-body mark"), m => m.Text().StartsWith("mucuna", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResultsPageShowsSnippetsEvidenceAndDidYouMeanWithoutJavaScript()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/search?q=seratonin");

        Assert.Equal("/search?q=serotonin", page.QuerySelector(".did-you-mean a")!.GetAttribute("href"));
        var first = page.QuerySelector(".results li")!;
        Assert.NotNull(first.QuerySelector(".snippet mark"));
        // A result carries the compact evidence badge, not the full box with its reason (three of those filled a screen).
        Assert.NotNull(first.QuerySelector(".evidence-tag"));
        Assert.Null(first.QuerySelector("p.evidence"));
        Assert.All(page.QuerySelectorAll("script"), script =>
            Assert.True(script.HasAttribute("defer") || script.GetAttribute("type") == "application/ld+json", "no script blocks rendering"));
    }
}
