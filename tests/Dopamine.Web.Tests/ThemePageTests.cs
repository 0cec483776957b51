using System.Text.RegularExpressions;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>What a reader sees on each of the five theme pages.</summary>
public sealed partial class ThemePageTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    public static TheoryData<string> Themes =>
    [
        "dopamine-motivation-and-drive", "dopamine-release-mechanisms", "motivation-and-craving",
        "pleasure-pain-balance", "dopamine-and-glutamate",
    ];

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task ThemePageOpensWithTheShortAnswerAndCitedKeyPoints(string slug)
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), $"/topics/{slug}");

        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1").Text()));
        Assert.Contains("Short answer", page.QuerySelector(".short-answer").Text(), StringComparison.Ordinal);
        var points = page.QuerySelectorAll("ol.key-points > li");
        Assert.InRange(points.Length, 5, 7);
        Assert.All(points, point => Assert.NotNull(point.QuerySelector("sup.cite a[href^='#source-']")));
        Assert.NotNull(page.QuerySelector("time[datetime]"));
        Assert.NotEmpty(page.QuerySelectorAll(".page-meta a.tag"));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task CitationMarkersAreNumberedInOrderOfFirstUseAndEachHasASourceCard(string slug)
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), $"/topics/{slug}");
        var markers = page.QuerySelectorAll(".article-body sup.cite a").Select(a => int.Parse(a.Text())).ToList();

        var firstUses = markers.Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, firstUses.Count), firstUses);
        var cards = page.QuerySelectorAll(".sources .source-card");
        Assert.Equal(firstUses.Count, cards.Length);
        Assert.True(cards.Length >= 3, "every theme page cites at least three sources");
        foreach (var number in firstUses)
        {
            var card = page.GetElementById($"source-{number}");
            Assert.NotNull(card);
            Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector(".source-title").Text()));
        }

        Assert.Contains(cards, c => c.ClassList.Contains("source-paper") || c.ClassList.Contains("source-book"));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RelatedSidebarListsLiveDistinctPagesWithAReasonAndNeverItself(string slug)
    {
        var client = factory.CreateClient();
        var page = await Html.GetOkAsync(client, $"/topics/{slug}");
        var entries = page.QuerySelectorAll("aside.related li");

        Assert.InRange(entries.Length, 1, 6);
        var links = entries.Select(e => e.QuerySelector("a")!.GetAttribute("href")!).ToList();
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.DoesNotContain($"/topics/{slug}", links);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.QuerySelector(".reason").Text())));
        foreach (var link in links)
        {
            Assert.True((await client.GetAsync(link)).IsSuccessStatusCode, $"{link} in the sidebar of {slug} is dead");
        }
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task AThemePageWithItsStylesheetAndScriptWeighsUnder70KB(string slug)
    {
        var client = factory.CreateClient();
        var html = await client.GetByteArrayAsync($"/topics/{slug}");
        var page = await Html.GetOkAsync(client, $"/topics/{slug}");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();

        var total = html.Length;
        foreach (var asset in assets)
        {
            total += (await client.GetByteArrayAsync(asset)).Length;
        }

        Assert.Equal(2, assets.Count);
        // 70 KB since issue 16: every cited podcast moment now links to its second of the video, and the longest theme
        // page cites more of them (64 KB with its assets, uncompressed).
        Assert.True(total < 70_000, $"{slug}: {total} bytes of HTML, CSS and JS");
    }

    [Fact]
    public async Task LinkedFromShowsTheSentenceThatHoldsTheLink()
    {
        var page = await Html.GetOkAsync(factory.CreateClient(), "/topics/dopamine-motivation-and-drive");
        var quotes = page.QuerySelectorAll(".linked-from blockquote");

        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote =>
        {
            Assert.NotNull(quote.QuerySelector("strong"));
            Assert.Matches(SentenceEnd(), quote.Text());
            Assert.True(quote.Text().Length > quote.QuerySelector("strong").Text().Length + 20, "a sentence, not just the link text");
        });
    }

    [Fact]
    public async Task HomePageShowsWhatTheSiteIsTheFiveThemesAndAStartHerePath()
    {
        var home = await Html.GetOkAsync(factory.CreateClient(), "/");

        Assert.False(string.IsNullOrWhiteSpace(home.QuerySelector(".lede").Text()));
        var path = home.QuerySelectorAll(".reading-path a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/topics/dopamine-motivation-and-drive", path[0]);
        Assert.Equal(5, home.QuerySelectorAll("#themes h3 a[href^='/topics/']").Length);
        Assert.Equal(40, home.QuerySelectorAll("#themes .question-list a[href^='/questions/']").Length);
        Assert.NotNull(home.QuerySelector("form[action='/search'] input[name='q']"));
    }

    [GeneratedRegex(@"[.!?][""')\]]?$")]
    private static partial Regex SentenceEnd();
}
