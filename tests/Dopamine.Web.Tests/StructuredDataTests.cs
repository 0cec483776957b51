using System.Text.Json;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>The schema.org JSON-LD a search engine reads from each kind of page.</summary>
public sealed class StructuredDataTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Fact]
    public async Task AQuestionPageIsAnFaqPageAnsweredByItsShortAnswer()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/questions/is-dopamine-the-pleasure-molecule");

        var faq = JsonLdScripts.OfType(page, "FAQPage");
        var question = faq.GetProperty("mainEntity");
        Assert.Equal("Question", question.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("h1").Text(), question.GetProperty("name").GetString());
        var answer = question.GetProperty("acceptedAnswer");
        Assert.Equal("Answer", answer.GetProperty("@type").GetString());
        Assert.Equal(page.Head!.QuerySelector("meta[name='description']")?.GetAttribute("content"), answer.GetProperty("text").GetString());
        Assert.Equal(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"), faq.GetProperty("dateModified").GetString());
        Assert.Equal("Questions", Breadcrumb(page)[1]);
    }

    [Fact]
    public async Task AThemePageIsAnArticleThatCitesItsSourcesWithABreadcrumbHome()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/topics/dopamine-motivation-and-drive");

        var article = JsonLdScripts.OfType(page, "Article");
        Assert.Equal(page.QuerySelector("h1").Text(), article.GetProperty("headline").GetString());
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("description").GetString()));
        Assert.Equal(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"), article.GetProperty("dateModified").GetString());
        var citations = article.GetProperty("citation").EnumerateArray().ToList();
        Assert.True(citations.Count >= page.QuerySelectorAll(".sources .source-card").Length);
        Assert.All(citations, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("name").GetString())));
        Assert.Contains(citations, c => c.GetProperty("@type").GetString() == "ScholarlyArticle"
            && c.TryGetProperty("url", out var url) && url.GetString()!.StartsWith("https://doi.org/10.", StringComparison.Ordinal));
        Assert.Contains(citations, c => c.GetProperty("@type").GetString() is "PodcastEpisode" or "Clip");
        Assert.Equal(["Home", "Themes", page.QuerySelector("h1").Text()], Breadcrumb(page));
    }

    [Fact]
    public async Task TheHomePageIsAWebSiteWithASiteSearchBox()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/");

        var site = JsonLdScripts.OfType(page, "WebSite");
        Assert.Equal("http://localhost/", site.GetProperty("url").GetString());
        var action = site.GetProperty("potentialAction");
        Assert.Equal("SearchAction", action.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/search?q={search_term_string}", action.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", action.GetProperty("query-input").GetString());
    }

    private static List<string> Breadcrumb(AngleSharp.Dom.IDocument page)
    {
        var items = JsonLdScripts.OfType(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.All(items, i => Assert.StartsWith("http://localhost/", i.GetProperty("item").GetString(), StringComparison.Ordinal));
        Assert.Equal(page.Head!.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), items[^1].GetProperty("item").GetString());
        return items.Select(i => i.GetProperty("name").GetString()!).ToList();
    }
}
