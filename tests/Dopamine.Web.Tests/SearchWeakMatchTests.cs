using System.Net;
using AngleSharp.Dom;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>
/// Pages that match a query only on words most pages use are counted apart from the ones that match its telling
/// words, and stay one link away. Fixture: 23 pages all saying "effort" (TestContent.Page), 3 of them "cravings".
/// </summary>
public sealed class SearchWeakMatchTests
{
    private static readonly string[] CravingNotes = ["Note 21", "Note 22", "Note 23"];

    [Fact]
    public async Task PagesMatchingOnlyACommonWordAreCountedApartNotListed()
    {
        using var site = new TempSite(Pages);

        var document = await Html.GetOkAsync(site.Client, "/search?q=cravings+effort");

        var count = document.QuerySelector(".result-count").Text();
        Assert.StartsWith("3 pages match “cravings effort”.", count, StringComparison.Ordinal);
        Assert.Contains("20 more match only “effort”", count, StringComparison.Ordinal);
        Assert.Equal(CravingNotes, ResultTitles(document).Order());
        Assert.Null(document.QuerySelector(".pagination"));
    }

    [Fact]
    public async Task TheWeakMatchesAreOneLinkAwayAfterTheStrongOnesAndTheWayBackShowsTheStrongOnly()
    {
        using var site = new TempSite(Pages);
        var strongOnly = await Html.GetOkAsync(site.Client, "/search?q=cravings+effort");

        var all = await Html.GetOkAsync(site.Client, strongOnly.QuerySelector(".result-count a")!.GetAttribute("href")!);
        var second = await Html.GetOkAsync(site.Client, all.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!);
        var back = await Html.GetOkAsync(site.Client, second.QuerySelector(".result-count a")!.GetAttribute("href")!);

        Assert.StartsWith("23 pages match “cravings effort”, 20 of them only on “effort”", all.QuerySelector(".result-count").Text(), StringComparison.Ordinal);
        Assert.Equal(CravingNotes, ResultTitles(all).Take(3).Order());
        Assert.Equal("Page 2 of 3", second.QuerySelector(".pagination span").Text());
        Assert.Empty(ResultTitles(second).Intersect(ResultTitles(all)));
        Assert.Equal(CravingNotes, ResultTitles(back).Order());
    }

    [Fact]
    public async Task AMisspelledTellingWordIsJudgedAsItsCorrection()
    {
        using var site = new TempSite(Pages);

        var (_, body) = await Api.GetAsync(site.Client, "/api/search?q=cravngs%20effort");

        Assert.Equal("cravings effort", body.GetProperty("didYouMean").GetString());
        Assert.Equal((3, 20), (body.GetProperty("total").GetInt32(), body.GetProperty("leftOut").GetInt32()));
    }

    [Fact]
    public async Task AQueryOfOnlyCommonWordsStillListsEveryPage()
    {
        using var site = new TempSite(Pages);

        var document = await Html.GetOkAsync(site.Client, "/search?q=effort");

        Assert.Equal("23 pages match “effort”.", document.QuerySelector(".result-count").Text());
        Assert.Null(document.QuerySelector(".result-count a"));
    }

    [Fact]
    public async Task TheApiSaysHowManyWeakMatchesItLeftOutAndIncludesThemWhenAsked()
    {
        using var site = new TempSite(Pages);

        var (_, strongOnly) = await Api.GetAsync(site.Client, "/api/search?q=cravings%20effort");
        var (_, all) = await Api.GetAsync(site.Client, "/api/search?q=cravings%20effort&all=1&limit=50");
        var (status, _) = await Api.GetAsync(site.Client, "/api/search?q=cravings%20effort&all=yes");

        Assert.Equal((3, 20), (strongOnly.GetProperty("total").GetInt32(), strongOnly.GetProperty("leftOut").GetInt32()));
        Assert.Equal(3, strongOnly.GetProperty("results").GetArrayLength());
        Assert.Equal((23, 0), (all.GetProperty("total").GetInt32(), all.GetProperty("leftOut").GetInt32()));
        Assert.Equal(23, all.GetProperty("results").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private static Dictionary<string, string> Pages => TestContent.Notes(23, n => n > 20 ? "Cravings come and go." : "Nothing special here.");

    private static List<string> ResultTitles(IDocument document) =>
        document.QuerySelectorAll("ol.results .result-title").Select(a => a.Text()).ToList();
}
