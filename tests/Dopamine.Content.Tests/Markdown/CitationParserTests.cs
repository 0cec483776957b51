using Dopamine.Content.Diagnostics;
using Dopamine.Content.Markdown.Citations;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Markdown;

public class CitationParserTests
{
    [Theory]
    [InlineData("[@]")]
    [InlineData("[@bad key]")]
    [InlineData("[see @schultz-1997]")]
    [InlineData("[@schultz-1997; see p. 4]")]
    public void BracketThatIsNotACitationStaysReadableText(string bracket)
    {
        using var tree = ContentTree.WithSources().Topic("wanting", Sample.Page("Wanting",
            $"Cited properly [@schultz-1997]. Then {bracket} as written."));

        var loaded = tree.Load().Content;
        var body = Html.Parse(loaded.BySlug["wanting"].BodyHtml);

        Assert.Single(body.QuerySelectorAll("sup.cite"));
        Assert.Contains($"Then {bracket} as written.", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == DiagnosticCodes.UnknownCitation);
    }

    [Fact]
    public void LocatorAndSecondKeyAreParsedAsTwoReferences()
    {
        var references = CitationParser.ParseReferences("@schultz-1997, 12:31; @berridge-2007");

        Assert.NotNull(references);
        Assert.Equal(
            [new CitationReference("schultz-1997", "12:31"), new CitationReference("berridge-2007", null)],
            references);
    }

    [Theory]
    [InlineData("@")]
    [InlineData("@bad key")]
    [InlineData("see @x")]
    [InlineData("@a; b")]
    [InlineData("@a;")]
    public void ContentThatIsNotACitationParsesToNothing(string content) =>
        Assert.Null(CitationParser.ParseReferences(content));

    [Fact]
    public void CitationWithLocatorAndSecondKeyRendersTwoMarkers()
    {
        using var tree = ContentTree.WithSources().Topic("baseline", Sample.Page("Baseline",
            "Both sources say it [@hl-055, 12:31; @schultz-1997]."));

        var article = tree.Load().Content.BySlug["baseline"];

        var markers = Html.Parse(article.BodyHtml).QuerySelectorAll("sup.cite a");
        Assert.Equal(["Source 1, at 12:31", "Source 2"], markers.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["12:31"], article.Citations[0].Locators);
        Assert.Empty(article.Citations[1].Locators);
    }
}
