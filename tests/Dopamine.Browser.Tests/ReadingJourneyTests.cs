using Dopamine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dopamine.Browser.Tests;

/// <summary>A reader's journeys through the site, with JavaScript and without.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ReadingJourneyTests(BrowserSite site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAThemePageThenFollowARelatedQuestion(bool javaScript)
    {
        var page = await site.OpenAsync("/topics/dopamine-release-mechanisms", javaScript);

        Assert.Equal("How and where dopamine is released", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".short-answer").IsVisibleAsync());
        Assert.True(await page.Locator("ol.key-points > li").CountAsync() >= 5);
        var related = page.Locator("aside.related li a").First;
        var title = await related.InnerTextAsync();
        var href = await related.GetAttributeAsync("href");
        await related.ClickAsync();
        // Waiting for the link's own address: a pattern the theme page's address also matched would let the wait
        // end before the click's navigation and then hang on that navigation's load state.
        await page.WaitForURLAsync("**" + href);
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task TypeChooseASuggestionWithTheKeyboardAndLandOnIt()
    {
        var page = await site.OpenAsync("/");
        var search = page.Locator(".site-header input[type=search]");

        await search.PressSequentiallyAsync("parkin", new LocatorPressSequentiallyOptions { Delay = 30 });
        var option = page.Locator(".site-header [role=listbox] [role=option]").First;
        await option.WaitForAsync();
        // The list for an earlier keystroke can arrive first and be redrawn by the last one's: wait until it settles.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("true", await search.GetAttributeAsync("aria-expanded"));
        await search.PressAsync("ArrowDown");
        Assert.Equal(await option.GetAttributeAsync("id"), await search.GetAttributeAsync("aria-activedescendant"));
        await search.PressAsync("Enter");

        await page.WaitForURLAsync("**/questions/parkinsons-and-dopamine");
    }

    [Fact]
    public async Task EscapeClosesTheSuggestions()
    {
        var page = await site.OpenAsync("/");
        var search = page.Locator(".site-header input[type=search]");
        await search.PressSequentiallyAsync("cold", new LocatorPressSequentiallyOptions { Delay = 30 });
        await page.Locator(".site-header [role=option]").First.WaitForAsync();

        await search.PressAsync("Escape");

        Assert.Equal("false", await search.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator(".site-header [role=listbox]").IsVisibleAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SearchWithEnterThenOpenAResult(bool javaScript)
    {
        var page = await site.OpenAsync("/", javaScript);

        await page.Locator(".site-header input[type=search]").FillAsync("ice bath");
        await page.Locator(".site-header input[type=search]").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=ice*");
        await page.Locator(".results a.result-title").First.ClickAsync();

        await page.WaitForURLAsync("**/questions/cold-exposure-and-dopamine**");
        Assert.True(await page.Locator(".article-body mark").CountAsync() > 0, "the searched words are marked on the page");
    }

    [Fact]
    public async Task SlashFocusesTheSearchBox()
    {
        var page = await site.OpenAsync("/topics/motivation-and-craving");

        await page.Keyboard.PressAsync("/");

        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
    }
}
