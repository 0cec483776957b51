using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary><c>/questions</c>, <c>/topics</c> and the breadcrumb that leads to them, over a small fixture site.</summary>
public sealed class ThemeIndexTests : IDisposable
{
    // Alpha lists "First"; Beta lists "Second" and "First" again; "Loose" is on no theme page.
    private readonly TempSite _site = new(new Dictionary<string, string>
    {
        ["sources.yml"] = TestContent.Sources,
        ["topics/alpha.md"] = TestContent.Page("Alpha theme", "Start with [[first]]."),
        ["topics/beta.md"] = TestContent.Page("Beta theme", "See [[second]] and [[first]]."),
        ["questions/first.md"] = TestContent.Page("First question", "Wanting."),
        ["questions/second.md"] = TestContent.Page("Second question", "Effort."),
        ["questions/loose.md"] = TestContent.Page("Loose question", "Alone."),
    });

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task QuestionsIndexListsEachQuestionUnderTheThemesThatListItAndTheRestApart()
    {
        var page = await Html.GetOkAsync(_site.Client, "/questions");

        var groups = page.QuerySelectorAll(".question-group").ToDictionary(
            g => g.QuerySelector("h2").Text(),
            g => g.QuerySelectorAll(".article-list li > a").Select(a => a.Text()).ToList());
        Assert.Equal(["First question"], groups["Alpha theme"]);
        Assert.Equal(["Second question", "First question"], groups["Beta theme"]);
        Assert.Equal(["Loose question"], groups["More questions"]);
        Assert.All(page.QuerySelectorAll(".jump-list a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public async Task ThemesIndexListsEveryThemeWithItsShortAnswer()
    {
        var page = await Html.GetOkAsync(_site.Client, "/topics");

        var themes = page.QuerySelectorAll(".theme-list > li").ToList();
        Assert.Equal(["/topics/alpha", "/topics/beta"], themes.Select(li => li.QuerySelector("a")!.GetAttribute("href")).Order());
        Assert.All(themes, li => Assert.StartsWith("A short answer about", li.QuerySelector("p").Text(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/questions/second", new[] { "Home", "Questions", "Beta theme" }, new[] { "/", "/questions", "/topics/beta" })]
    [InlineData("/questions/loose", new[] { "Home", "Questions" }, new[] { "/", "/questions" })]
    [InlineData("/topics/alpha", new[] { "Home", "Themes" }, new[] { "/", "/topics" })]
    public async Task BreadcrumbLinksEveryStepAndNamesTheQuestionsTheme(string url, string[] names, string[] paths)
    {
        var page = await Html.GetOkAsync(_site.Client, url);

        var steps = page.QuerySelectorAll(".breadcrumb a").ToList();
        Assert.Equal(names, steps.Select(a => a.Text()));
        Assert.Equal(paths, steps.Select(a => a.GetAttribute("href")));
        var listed = JsonLdScripts.OfType(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray()
            .Select(item => item.GetProperty("name").GetString()).ToList();
        Assert.Equal([.. names, page.QuerySelector("h1").Text()], listed);
    }

    [Fact]
    public async Task AQuestionListedByTwoThemesSitsUnderTheFirstInTheBreadcrumb()
    {
        var page = await Html.GetOkAsync(_site.Client, "/questions/first");
        var themes = await Html.GetOkAsync(_site.Client, "/topics");

        var crumbs = page.QuerySelectorAll(".breadcrumb a");
        Assert.Equal(themes.QuerySelector(".theme-list > li > a").Text(), crumbs[crumbs.Length - 1].Text());
    }
}
