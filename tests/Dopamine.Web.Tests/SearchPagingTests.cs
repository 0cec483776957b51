using AngleSharp.Dom;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>Paging through /search?q=&amp;page= as a reader does: by the Next and Previous links.</summary>
public sealed class SearchPagingTests
{
    // Every fixture page says "effort" (TestContent.Page), so a search for it finds all 23: pages of 10, 10 and 3.
    private const int PageCount = 23;

    [Fact]
    public async Task NextLeadsFromTheFirstResultPageToTheLastShowingNewPagesEachTime()
    {
        using var site = new TempSite(Pages);
        var url = "/search?q=effort";
        var seen = new List<string>();
        for (var expected = 1; expected <= 3; expected++)
        {
            var document = await Html.GetOkAsync(site.Client, url);
            Assert.Equal($"Page {expected} of 3", document.QuerySelector(".pagination span").Text());
            var results = ResultTitles(document);
            Assert.Equal(expected < 3 ? 10 : 3, results.Count);
            Assert.Empty(results.Intersect(seen));
            seen.AddRange(results);
            url = document.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href") ?? "";
        }

        Assert.Equal("", url);
        Assert.Equal(PageCount, seen.Count);
    }

    [Fact]
    public async Task PreviousLeadsBackToThePageBefore()
    {
        using var site = new TempSite(Pages);
        var first = await Html.GetOkAsync(site.Client, "/search?q=effort");
        var second = await Html.GetOkAsync(site.Client, first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!);

        var back = await Html.GetOkAsync(site.Client, second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href")!);

        Assert.Equal("Page 2 of 3", second.QuerySelector(".pagination span").Text());
        Assert.Equal("Page 1 of 3", back.QuerySelector(".pagination span").Text());
        Assert.Equal(ResultTitles(first), ResultTitles(back));
        Assert.Null(back.QuerySelector(".pagination a[rel=prev]"));
    }

    [Fact]
    public async Task ThePageNumberInTheAddressIsTheOneShown()
    {
        using var site = new TempSite(Pages);

        var third = await Html.GetOkAsync(site.Client, "/search?q=effort&page=3");

        Assert.Equal("Page 3 of 3", third.QuerySelector(".pagination span").Text());
        Assert.Equal("21", third.QuerySelector("ol.results")!.GetAttribute("start"));
    }

    // Razor Pages and MVC read these names from the route; a reader's query string must not steer them.
    [Theory]
    [InlineData("/search?q=effort&page=2", "/search?q=effort&page=2&handler=x&area=x&action=x&controller=x")]
    [InlineData("/topics/note-01", "/topics/note-01?page=2&handler=x&area=x&action=x&controller=x")]
    [InlineData("/tags/basics", "/tags/basics?page=2&handler=x&area=x")]
    [InlineData("/sources/paper-a", "/sources/paper-a?page=2&handler=x&area=x")]
    public async Task RouteNamesInTheQueryStringChangeNothing(string plain, string withRouteNames)
    {
        using var site = new TempSite(Pages);

        var expected = await Html.GetOkAsync(site.Client, plain);
        var actual = await Html.GetOkAsync(site.Client, withRouteNames);

        Assert.Equal(expected.QuerySelector("main").Text(), actual.QuerySelector("main").Text());
    }

    private static Dictionary<string, string> Pages => TestContent.Notes(PageCount);

    private static List<string> ResultTitles(IDocument document) =>
        document.QuerySelectorAll("ol.results .result-title").Select(a => a.Text()).ToList();
}
