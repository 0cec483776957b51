using Dopamine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dopamine.Browser.Tests;

/// <summary>Finding one's way around: breadcrumbs and index pages, the related column, the sources and the glossary.</summary>
[Collection(SharedBrowser.Name)]
public sealed class StructureJourneyTests(BrowserSite site)
{
    [Fact]
    public async Task FollowTheBreadcrumbFromAQuestionToTheQuestionsIndexAndFindItUnderItsTheme()
    {
        var page = await site.OpenAsync("/questions/does-caffeine-increase-dopamine");
        var crumbs = page.Locator(".breadcrumb a");
        Assert.Equal(3, await crumbs.CountAsync());
        var theme = await crumbs.Nth(2).InnerTextAsync();

        await crumbs.Nth(1).ClickAsync();
        await page.WaitForURLAsync("**/questions");

        var group = page.Locator(".question-group").Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Heading, new() { Name = theme }) });
        Assert.True(await group.GetByRole(AriaRole.Link, new() { Name = "Does caffeine increase dopamine?" }).IsVisibleAsync());
    }

    [Fact]
    public async Task RelatedColumnCallsASharedTagATagNotATheme()
    {
        var page = await site.OpenAsync("/questions/does-caffeine-increase-dopamine");

        var reasons = await page.Locator("aside.related .reason").AllInnerTextsAsync();
        Assert.NotEmpty(reasons);
        Assert.DoesNotContain(reasons, reason => reason.StartsWith("Same theme", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JumpToTheBooksThenNarrowTheSourcesToBooksWithoutJavaScript()
    {
        var page = await site.OpenAsync("/sources", javaScript: false);

        await page.Locator(".jump-list").GetByRole(AriaRole.Link, new() { Name = "Books" }).ClickAsync();
        await page.WaitForURLAsync("**/sources#kind-book");
        await Assertions.Expect(page.Locator("#kind-book")).ToBeInViewportAsync();

        await page.Locator(".filters").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Books") }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/sources?kind=book", StringComparison.Ordinal));
        var cards = page.Locator(".source-card");
        Assert.True(await cards.CountAsync() > 0);
        Assert.Equal(await cards.CountAsync(), await page.Locator(".source-card.source-book").CountAsync());
    }

    [Fact]
    public async Task PickALetterInTheGlossaryAndLandOnItsTerms()
    {
        var page = await site.OpenAsync("/glossary");

        await page.Locator(".alphabet").GetByRole(AriaRole.Link, new() { Name = "N", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/glossary#letter-n");
        await Assertions.Expect(page.Locator("#letter-n")).ToBeInViewportAsync();
        Assert.StartsWith("N", await page.Locator("#letter-n ~ dl dt").First.InnerTextAsync(), StringComparison.Ordinal);
    }
}
