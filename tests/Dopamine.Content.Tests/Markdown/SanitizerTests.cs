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
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](<java\tscript:alert(1)>)")]
    [InlineData("[click](data:text/html,<script>alert(1)</script>)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[click][evil]\n\n[evil]: javascript:alert(1)")]
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
            e => IsScript(e.GetAttribute("href")!));
        Assert.DoesNotContain(body.QuerySelectorAll("[src]"), e => IsScript(e.GetAttribute("src")!));
        Assert.Contains("After.", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryLinksKeepTheirAddresses()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward",
            "See [a paper](https://doi.org/10.1/x), [mail](mailto:a@b.example), [here](#why) and [up](../x) [@schultz-1997]."));

        var hrefs = Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml).QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("https://doi.org/10.1/x", hrefs);
        Assert.Contains("mailto:a@b.example", hrefs);
        Assert.Contains("#why", hrefs);
        Assert.Contains("../x", hrefs);
    }

    private static bool IsScript(string address)
    {
        var compact = string.Concat(address.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
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
