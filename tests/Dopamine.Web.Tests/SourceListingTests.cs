using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary><c>/sources</c> grouped by kind, with a jump list and plain-link filters, over a fixture registry.</summary>
public sealed class SourceListingTests : IDisposable
{
    // Theme alpha cites paper-a and, through its question, the clip; theme beta cites the book and paper-b.
    private readonly TempSite _site = new(new Dictionary<string, string>
    {
        ["sources.yml"] = TestContent.Sources + """

            - id: book-c
              type: book
              title: A book about craving
              authors: [Poe L]
              year: 1998
            - id: ep-1
              type: episode
              title: An episode about drive
              show: A Show
              date: 2021-05-01
            - id: clip-1
              type: clip
              title: The part about baselines
              episode: ep-1
              start: "1:00"
            """,
        ["topics/alpha.md"] = Page("Alpha theme", "Wanting [@paper-a]. See [[q]]."),
        ["topics/beta.md"] = Page("Beta theme", "Craving [@book-c] and effort [@paper-b]."),
        ["questions/q.md"] = Page("A question", "Baselines [@clip-1]."),
    });

    public void Dispose() => _site.Dispose();

    private static string Page(string title, string body) =>
        $"---\ntitle: {title}\nsummary: A short answer about {title.ToLowerInvariant()}.\nreviewed: 2026-11-01\n---\n\n{body}\n";

    [Fact]
    public async Task SourcesAreGroupedByKindWithAJumpListToEachGroup()
    {
        var page = await Html.GetOkAsync(_site.Client, "/sources");

        Assert.Equal(["kind-episode", "kind-clip", "kind-paper", "kind-book"], page.QuerySelectorAll("section > h2").Select(h => h.Id));
        Assert.Equal(["#kind-episode", "#kind-clip", "#kind-paper", "#kind-book"],
            page.QuerySelectorAll(".jump-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(5, page.QuerySelectorAll(".source-card").Length);
    }

    [Fact]
    public async Task KindFilterShowsOnlyThatKindAndMarksItsLink()
    {
        var page = await Html.GetOkAsync(_site.Client, "/sources?kind=paper");

        Assert.Equal(2, page.QuerySelectorAll(".source-card").Length);
        Assert.All(page.QuerySelectorAll(".source-card"), card => Assert.Contains("source-paper", card.ClassList));
        Assert.StartsWith("Papers", page.QuerySelector(".filters a[aria-current]").Text(), StringComparison.Ordinal);
        Assert.StartsWith("Showing 2 of 5 sources.", page.QuerySelector(".filter-result").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecadeFilterDatesAClipByItsEpisode()
    {
        var page = await Html.GetOkAsync(_site.Client, "/sources?decade=2020");

        Assert.Equal(["An episode about drive", "The part about baselines"], page.QuerySelectorAll(".source-title").Select(t => t.Text()));
    }

    [Fact]
    public async Task ThemeFilterShowsWhatTheThemePageAndItsQuestionsCite()
    {
        var page = await Html.GetOkAsync(_site.Client, "/sources?theme=alpha");

        Assert.Equal(["The part about baselines", "A paper about wanting"], page.QuerySelectorAll(".source-title").Select(t => t.Text()));
    }

    [Fact]
    public async Task EachFilterLinkKeepsTheOtherFilters()
    {
        var page = await Html.GetOkAsync(_site.Client, "/sources?kind=paper&theme=beta");

        var decade = page.QuerySelectorAll(".filters a").First(a => a.Text() == "2000s");
        Assert.Equal("/sources?kind=paper&decade=2000&theme=beta", decade.GetAttribute("href"));
        Assert.Equal(["A paper about effort"], page.QuerySelectorAll(".source-title").Select(t => t.Text()));
    }

    [Theory]
    [InlineData("/sources?kind=nonsense")]
    [InlineData("/sources?decade=1995")]
    [InlineData("/sources?decade=soon")]
    [InlineData("/sources?theme=no-such-theme")]
    public async Task AFilterValueThatNamesNothingIsIgnored(string url)
    {
        var page = await Html.GetOkAsync(_site.Client, url);

        Assert.Equal(5, page.QuerySelectorAll(".source-card").Length);
        Assert.Equal("All 5 sources.", page.QuerySelector(".filter-result").Text());
    }
}
