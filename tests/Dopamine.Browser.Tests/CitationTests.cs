using Dopamine.Browser.Tests.Infrastructure;

namespace Dopamine.Browser.Tests;

/// <summary>Citation markers and glossary terms explain themselves from the keyboard, and still work without JavaScript.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CitationTests(BrowserSite site)
{
    private const int MaxTabs = 80;

    [Fact]
    public async Task ACitationPopoverOpensFromTheKeyboardAndEnterJumpsToTheSource()
    {
        var page = await site.OpenAsync("/topics/dopamine-motivation-and-drive");

        for (var i = 0; i < MaxTabs && !await page.EvaluateAsync<bool>("!!document.activeElement.closest('sup.cite')"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var popover = page.Locator("#popover");
        Assert.True(await popover.IsVisibleAsync());
        var href = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        var cardTitle = await page.Locator($"{href} .source-title").InnerTextAsync();
        Assert.Contains(cardTitle, await popover.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("popover", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-describedby')"));

        await page.Keyboard.PressAsync("Enter");

        Assert.EndsWith(href, page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>($"document.querySelector('{href}').matches(':target')"));
    }

    [Fact]
    public async Task AGlossaryTermShowsItsDefinitionOnFocus()
    {
        var page = await site.OpenAsync("/questions/what-is-dopamine");
        var term = page.Locator(".article-body a.glossary-term").First;

        await term.FocusAsync();

        Assert.True(await page.Locator("#popover").IsVisibleAsync());
        Assert.Equal(await term.GetAttributeAsync("data-definition"), await page.Locator("#popover p").InnerTextAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator("#popover").IsVisibleAsync());
    }

    [Fact]
    public async Task WithoutJavaScriptCitationsAndGlossaryTermsAreLinks()
    {
        var page = await site.OpenAsync("/questions/what-is-dopamine", javaScript: false);

        await page.Locator("sup.cite a").First.ClickAsync();
        Assert.Matches("#source-1$", page.Url);
        await page.Locator(".article-body a.glossary-term").First.ClickAsync();
        await page.WaitForURLAsync("**/glossary#*");
        var anchor = new Uri(page.Url).Fragment[1..];
        Assert.True(await page.Locator($"[id='{anchor}']").IsVisibleAsync());
    }
}
