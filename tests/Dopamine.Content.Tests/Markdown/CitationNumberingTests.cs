using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Markdown;

public class CitationNumberingTests
{
    [Fact]
    public void MarkersAreNumberedInOrderOfFirstUseAndARepeatedKeyReusesItsNumber()
    {
        using var tree = ContentTree.WithSources().Topic("wanting", Sample.Page("Wanting",
            "Cues predict reward [@berridge-2007]. Errors teach [@schultz-1997]. "
            + "Wanting is not liking [@berridge-2007]. Balance matters [@lembke-2021]."));

        var article = tree.Load().Content.BySlug["wanting"];

        var markers = Html.Parse(article.BodyHtml).QuerySelectorAll("sup.cite a");
        Assert.Equal(["1", "2", "1", "3"], markers.Select(a => a.TextContent));
        Assert.Equal(["#source-1", "#source-2", "#source-1", "#source-3"], markers.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void CitationsListTheSourcesInMarkerOrder()
    {
        using var tree = ContentTree.WithSources().Topic("wanting", Sample.Page("Wanting",
            "Cues predict reward [@berridge-2007]. Errors teach [@schultz-1997]. Again [@berridge-2007]. Then [@lembke-2021]."));

        var citations = tree.Load().Content.BySlug["wanting"].Citations;

        Assert.Equal(["berridge-2007", "schultz-1997", "lembke-2021"], citations.Select(c => c.Source.Id));
        Assert.Equal([1, 2, 3], citations.Select(c => c.Number));
        Assert.Equal(["source-1", "source-2", "source-3"], citations.Select(c => c.AnchorId));
    }

    [Fact]
    public void CitationOfTwoKeysRendersTwoMarkersInOneSuperscript()
    {
        using var tree = ContentTree.WithSources().Topic("wanting", Sample.Page("Wanting",
            "Both agree [@schultz-1997; @berridge-2007]."));

        var body = Html.Parse(tree.Load().Content.BySlug["wanting"].BodyHtml);

        var sup = Assert.Single(body.QuerySelectorAll("sup.cite"));
        Assert.Equal(["#source-1", "#source-2"], sup.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void LocatorsAreRecordedOncePerSourceInOrderOfUse()
    {
        using var tree = ContentTree.WithSources().Topic("baseline", Sample.Page("Baseline",
            "Huberman says so [@hl-055, 12:31]. Later too [@hl-055, 40:02]. And again [@hl-055, 12:31]. Plain [@hl-055]."));

        var article = tree.Load().Content.BySlug["baseline"];

        var cited = Assert.Single(article.Citations);
        Assert.Equal("hl-055", cited.Source.Id);
        Assert.Equal(["12:31", "40:02"], cited.Locators);
        var first = Html.Parse(article.BodyHtml).QuerySelector("sup.cite a")!;
        Assert.Equal("Source 1, at 12:31", first.GetAttribute("aria-label"));
    }

    [Fact]
    public void CitationsAreNumberedInReadingOrderAcrossListsEmphasisAndParagraphs()
    {
        using var tree = ContentTree.WithSources().Topic("wanting", Sample.Page("Wanting", """
            ## Key points

            1. **Cues matter** [@berridge-2007].
            2. *Errors teach [@schultz-1997]* and balance counts [@lembke-2021].

            A later paragraph cites the episode [@hl-055] and the first source again [@berridge-2007].
            """));

        var citations = tree.Load().Content.BySlug["wanting"].Citations;

        Assert.Equal(["berridge-2007", "schultz-1997", "lembke-2021", "hl-055"], citations.Select(c => c.Source.Id));
    }

    [Fact]
    public void UnknownKeyRendersAQuestionMarkAndTakesNoNumber()
    {
        using var tree = ContentTree.WithSources().Topic("wanting", Sample.Page("Wanting",
            "Known [@schultz-1997]. Unknown [@nobody-2020]. Known again [@lembke-2021]."));

        var loaded = tree.Load().Content;
        var body = Html.Parse(loaded.BySlug["wanting"].BodyHtml);

        Assert.Equal("?", Assert.Single(body.QuerySelectorAll("sup.cite .cite-missing")).TextContent);
        Assert.Equal(["1", "2"], body.QuerySelectorAll("sup.cite a").Select(a => a.TextContent));
        Assert.Equal(2, loaded.BySlug["wanting"].Citations.Count);
        Assert.Contains(loaded.Diagnostics, d => d.Code == DiagnosticCodes.UnknownCitation);
    }

    [Fact]
    public void EachPageNumbersItsOwnCitationsFromOne()
    {
        using var tree = ContentTree.WithSources()
            .Topic("first", Sample.Page("First", "One [@schultz-1997]. Two [@berridge-2007]."))
            .Topic("second", Sample.Page("Second", "Only this one [@berridge-2007]."));

        var second = tree.Load().Content.BySlug["second"];

        Assert.Equal(1, Assert.Single(second.Citations).Number);
        Assert.Equal("#source-1", Html.Parse(second.BodyHtml).QuerySelector("sup.cite a")!.GetAttribute("href"));
    }
}
