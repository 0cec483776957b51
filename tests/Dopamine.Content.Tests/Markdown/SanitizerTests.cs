using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Markdown;

public class SanitizerTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Inline <script>alert(1)</script> script.")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">click</a>")]
    [InlineData("<div onmouseover=\"alert(1)\">hover</div>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    public void RawHtmlNeverReachesThePageAsScript(string markdown)
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward",
            $"Dopamine rises [@schultz-1997].\n\n{markdown}\n\nAfter."));

        var body = Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml);

        Assert.Empty(body.QuerySelectorAll("script, iframe"));
        Assert.DoesNotContain(body.QuerySelectorAll("*").SelectMany(e => e.Attributes),
            a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(body.QuerySelectorAll("[href]"),
            e => e.GetAttribute("href")!.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("After.", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void HarmlessRawHtmlIsKept()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward",
            "Dopamine <em class=\"note\">rises</em> before reward [@schultz-1997]."));

        var em = Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml).QuerySelector("em.note");

        Assert.Equal("rises", em?.TextContent);
    }
}
