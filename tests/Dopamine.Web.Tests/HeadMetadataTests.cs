using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>What a crawler or a link preview reads from each page's head.</summary>
public sealed class HeadMetadataTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "website" },
        { "/topics/dopamine-and-glutamate", "article" },
        { "/questions/what-is-dopamine", "article" },
        { "/topics", "website" },
        { "/questions", "website" },
        { "/tags", "website" },
        { "/tags/motivation", "website" },
        { "/sources", "website" },
        { "/glossary", "website" },
        { "/about", "website" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageHasAnAbsoluteCanonicalUrlAndOpenGraphAndTwitterCardTags(string path, string type)
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), path);

        var canonical = page.Head!.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        Assert.Equal("http://localhost" + path, canonical);
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.Equal(type, Meta(page, "og:type"));
        Assert.Equal("Dopamine", Meta(page, "og:site_name"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")));
        Assert.Equal(page.Head.QuerySelector("meta[name='description']")?.GetAttribute("content"), Meta(page, "og:description"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")));
        Assert.Equal("summary", page.Head.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageLinksTheFaviconTheFeedAndTheOpenSearchDescription(string path, string type)
    {
        _ = type;
        var page = await Html.GetOkAsync(factory.CreateClient(), path);

        Assert.Equal("/favicon.svg", page.Head!.QuerySelector("link[rel='icon'][type='image/svg+xml']")?.GetAttribute("href"));
        Assert.Equal("/feed.xml", page.Head.QuerySelector("link[rel='alternate'][type='application/atom+xml']")?.GetAttribute("href"));
        var search = page.Head.QuerySelector("link[rel='search'][type='application/opensearchdescription+xml']");
        Assert.Equal("/opensearch.xml", search?.GetAttribute("href"));
        Assert.Equal("Dopamine", search?.GetAttribute("title"));
    }

    [Theory]
    [InlineData("/search?q=dopamine", "http://localhost/search")]
    [InlineData("/questions/what-is-dopamine?hl=tyrosine", "http://localhost/questions/what-is-dopamine")]
    [InlineData("/tags/MOTIVATION", "http://localhost/tags/motivation")]
    public async Task TheCanonicalUrlLeavesOutTheQueryStringAndOtherSpellings(string path, string expected)
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), path);

        Assert.Equal(expected, page.Head!.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AMissingPageAsksNotToBeIndexedAndClaimsNoCanonicalUrl()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/questions/no-such-page");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(page.Head!.QuerySelector("link[rel='canonical']"));
        Assert.Equal("noindex", page.Head.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task TheFaviconIsASelfContainedSvg()
    {
        var response = await factory.CreateClient().GetAsync("/favicon.svg");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var root = System.Xml.Linq.XDocument.Parse(svg).Root!;
        Assert.Equal("{http://www.w3.org/2000/svg}svg", root.Name.ToString());
        Assert.DoesNotContain("href", svg, StringComparison.Ordinal);
    }

    private static string? Meta(AngleSharp.Dom.IDocument page, string property) =>
        page.Head!.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
