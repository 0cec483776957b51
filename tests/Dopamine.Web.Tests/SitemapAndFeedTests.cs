using System.Globalization;
using System.Xml.Linq;
using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dopamine.Web.Tests;

/// <summary>What a crawler or feed reader finds at /sitemap.xml, /robots.txt and /feed.xml.</summary>
public sealed class SitemapAndFeedTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Origin = "http://localhost";

    private ContentSet Content => factory.Services.GetRequiredService<ContentStore>().Current.Content;

    [Fact]
    public async Task SitemapListsEveryPageOfTheSiteWithItsReviewDate()
    {
        var sitemap = await XmlDocuments.GetAsync(factory.CreateClient(), "/sitemap.xml", "application/xml");

        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements().ToList();
        Assert.All(urls, url =>
        {
            Assert.Equal(Sitemap + "url", url.Name);
            Assert.All(url.Elements(), e => Assert.True(e.Name == Sitemap + "loc" || e.Name == Sitemap + "lastmod", $"unexpected {e.Name}"));
            Assert.Single(url.Elements(Sitemap + "loc"));
        });
        var lastmod = urls.ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        string[] listings = ["/", "/topics", "/questions", "/tags", "/sources", "/glossary", "/about"];
        var expected = listings
            .Concat(Content.Articles.Select(a => a.Url))
            .Concat(Content.Tags.Keys.Select(tag => $"/tags/{tag}"))
            .Concat(Content.Sources.Keys.Select(id => $"/sources/{id}"))
            .Select(path => Origin + path)
            .ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), lastmod.Keys.Order(StringComparer.Ordinal));
        foreach (var article in Content.Articles)
        {
            Assert.Equal(article.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lastmod[Origin + article.Url]);
        }

        Assert.All(lastmod.Values.OfType<string>(), date => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EveryUrlInTheSitemapAnswersWithAPage()
    {
        var client = factory.CreateClient();
        var sitemap = await XmlDocuments.GetAsync(client, "/sitemap.xml", "application/xml");

        var broken = new List<string>();
        foreach (var loc in sitemap.Descendants(Sitemap + "loc").Select(e => new Uri(e.Value)))
        {
            var response = await client.GetAsync(loc.PathAndQuery);
            if (!response.IsSuccessStatusCode)
            {
                broken.Add($"{loc} -> {(int)response.StatusCode}");
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public async Task RobotsTxtNamesTheSitemapAndKeepsCrawlersOutOfTheApi()
    {
        var response = await factory.CreateClient().GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n').Select(l => l.Trim()).ToList();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /api/", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /search", StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {Origin}/sitemap.xml", lines);
    }

    [Fact]
    public async Task FeedIsAtomWithTheTwentyMostRecentlyReviewedPagesNewestFirst()
    {
        var feed = await XmlDocuments.GetAsync(factory.CreateClient(), "/feed.xml", "application/atom+xml");

        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal(Origin + "/", root.Element(Atom + "id")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "title")?.Value));
        Assert.NotNull(root.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Contains(root.Elements(Atom + "link"),
            link => (string?)link.Attribute("rel") == "self" && (string?)link.Attribute("href") == Origin + "/feed.xml");
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal(Math.Min(20, Content.Articles.Count(a => a.Reviewed is not null)), entries.Count);
        var updated = entries.Select(e => Rfc3339(e.Element(Atom + "updated")?.Value)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal(updated[0], Rfc3339(root.Element(Atom + "updated")?.Value));
        Assert.Equal(DateOnly.FromDateTime(updated[^1].UtcDateTime),
            Content.Articles.Select(a => a.Reviewed).OfType<DateOnly>().OrderDescending().ElementAt(entries.Count - 1));
        foreach (var entry in entries)
        {
            var id = entry.Element(Atom + "id")!.Value;
            Assert.StartsWith(Origin + "/", id, StringComparison.Ordinal);
            var article = Content.Articles.Single(a => Origin + a.Url == id);
            Assert.Equal(article.Title, entry.Element(Atom + "title")?.Value);
            Assert.Equal(article.Summary, entry.Element(Atom + "summary")?.Value);
            Assert.Equal(id, (string?)entry.Element(Atom + "link")?.Attribute("href"));
            Assert.Equal(article.Reviewed, DateOnly.FromDateTime(Rfc3339(entry.Element(Atom + "updated")?.Value).UtcDateTime));
        }
    }

    [Fact]
    public async Task AConfiguredBaseUrlIsUsedInsteadOfTheRequestHost()
    {
        using var site = factory.WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", "https://dopamine.example/"));
        var client = site.CreateClient();

        var sitemap = await XmlDocuments.GetAsync(client, "/sitemap.xml", "application/xml");
        Assert.All(sitemap.Descendants(Sitemap + "loc"), loc => Assert.StartsWith("https://dopamine.example/", loc.Value, StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://dopamine.example/sitemap.xml", await client.GetStringAsync("/robots.txt"), StringComparison.Ordinal);
        var page = await Html.GetOkAsync(client, "/topics/pleasure-pain-balance");
        Assert.Equal("https://dopamine.example/topics/pleasure-pain-balance", page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
    }

    [Fact]
    public void AMalformedBaseUrlStopsTheSiteAtStartUp()
    {
        using var site = factory.WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", "dopamine.example"));

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());
        Assert.Contains("Site:BaseUrl", error.ToString(), StringComparison.Ordinal);
    }

    private static DateTimeOffset Rfc3339(string? text)
    {
        Assert.NotNull(text);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", text);
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }
}
