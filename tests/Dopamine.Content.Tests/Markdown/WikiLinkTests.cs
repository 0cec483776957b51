using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Markdown;

public class WikiLinkTests
{
    private static ContentTree TreeWithTargets() => ContentTree.WithSources()
        .Topic("wanting-and-liking", Sample.Page("Wanting and liking", "Not the same thing [@berridge-2007]."))
        .Question("why-do-cravings-fade", Sample.Page("Why do cravings fade?", "Adaptation [@lembke-2021]."));

    [Fact]
    public void WikiLinkToATopicShowsTheTopicTitle()
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward",
            "See [[wanting-and-liking]] for the difference [@schultz-1997]."));

        var link = Assert.Single(Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml).QuerySelectorAll("a.page-link"));

        Assert.Equal("/topics/wanting-and-liking", link.GetAttribute("href"));
        Assert.Equal("Wanting and liking", link.TextContent);
    }

    [Fact]
    public void WikiLinkToAQuestionPointsUnderQuestions()
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward",
            "Read [[why-do-cravings-fade]] next [@schultz-1997]."));

        var link = Assert.Single(Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml).QuerySelectorAll("a.page-link"));

        Assert.Equal("/questions/why-do-cravings-fade", link.GetAttribute("href"));
        Assert.Equal("Why do cravings fade?", link.TextContent);
    }

    [Fact]
    public void WikiLinkWithTextShowsThatText()
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward",
            "Dopamine drives [[wanting-and-liking|wanting, not liking]] [@schultz-1997]."));

        var link = Assert.Single(Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml).QuerySelectorAll("a.page-link"));

        Assert.Equal("/topics/wanting-and-liking", link.GetAttribute("href"));
        Assert.Equal("wanting, not liking", link.TextContent);
    }

    [Fact]
    public void WikiLinkSlugIsMatchedWhateverItsCase()
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward",
            "See [[Wanting-And-Liking]] [@schultz-1997]."));

        var loaded = tree.Load().Content;

        var link = Assert.Single(Html.Parse(loaded.BySlug["reward"].BodyHtml).QuerySelectorAll("a.page-link"));
        Assert.Equal("/topics/wanting-and-liking", link.GetAttribute("href"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
    }

    [Theory]
    [InlineData("[the difference](wanting-and-liking.md)", "/topics/wanting-and-liking", "the difference")]
    [InlineData("[the difference](../topics/wanting-and-liking.md)", "/topics/wanting-and-liking", "the difference")]
    [InlineData("[fading](../questions/why-do-cravings-fade.md)", "/questions/why-do-cravings-fade", "fading")]
    [InlineData("[](wanting-and-liking.md)", "/topics/wanting-and-liking", "Wanting and liking")]
    public void RelativeMarkdownLinkResolvesLikeAWikiLink(string markdown, string href, string text)
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward", $"See {markdown} [@schultz-1997]."));

        var link = Assert.Single(Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml).QuerySelectorAll("a"),
            a => a.GetAttribute("href")!.StartsWith('/'));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
        Assert.Contains("page-link", link.ClassList);
    }

    [Fact]
    public void RelativeMarkdownLinkTextIsShownOnce()
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward",
            "See [the difference](wanting-and-liking.md) here [@schultz-1997]."));

        var article = tree.Load().Content.BySlug["reward"];

        Assert.StartsWith("See the difference here", Html.Parse(article.BodyHtml).QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("the differencethe difference", article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeMarkdownLinkKeepsItsSection()
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward",
            "See [why it matters](wanting-and-liking.md#why-it-matters) [@schultz-1997]."));

        var link = Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml).QuerySelector("a.page-link")!;

        Assert.Equal("/topics/wanting-and-liking#why-it-matters", link.GetAttribute("href"));
    }

    [Fact]
    public void ExternalLinkEndingInMdIsLeftAlone()
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward",
            "The [readme](https://example.org/docs/readme.md) says so [@schultz-1997]."));

        var loaded = tree.Load().Content;

        var link = Assert.Single(Html.Parse(loaded.BySlug["reward"].BodyHtml).QuerySelectorAll("a:not(sup a)"));
        Assert.Equal("https://example.org/docs/readme.md", link.GetAttribute("href"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
    }

    [Theory]
    [InlineData("[[no-such-page]]", "no-such-page")]
    [InlineData("[[no-such-page|a page we never wrote]]", "a page we never wrote")]
    [InlineData("[a page we never wrote](no-such-page.md)", "a page we never wrote")]
    public void LinkToAMissingPageRendersNoAnchor(string markdown, string text)
    {
        using var tree = TreeWithTargets().Topic("reward", Sample.Page("Reward", $"See {markdown} here [@schultz-1997]."));

        var body = Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml);

        Assert.Empty(body.QuerySelectorAll("a:not(sup a)"));
        Assert.Equal(text, Assert.Single(body.QuerySelectorAll("span.missing-link")).TextContent);
    }

    [Fact]
    public void LinkToAMissingPageIsReportedWithItsLine()
    {
        using var tree = TreeWithTargets().Topic("reward", """
            ---
            title: Reward
            summary: What reward does.
            tags:
              - reward
            ---

            Dopamine rises before a reward [@schultz-1997].

            It is about wanting,
            as [[wanting-and-liking]] explains,
            and fading, see [[no-such-page]].
            """);

        var loaded = tree.Load().Content;

        var broken = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal("content/topics/reward.md", broken.File);
        Assert.Equal(12, broken.Line);
        Assert.Contains("no-such-page", broken.Message, StringComparison.Ordinal);
    }
}
