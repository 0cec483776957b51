using Dopamine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dopamine.Browser.Tests;

/// <summary>The site works in a real browser under its own Content-Security-Policy, with nothing refused.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ContentSecurityPolicyTests(BrowserSite site)
{
    [Fact]
    public async Task PagesSuggestionsAndPopoversWorkWithNothingRefusedByThePolicy()
    {
        var page = await site.OpenAsync("/");
        var messages = new List<string>();
        page.Console += (_, message) => messages.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => messages.Add($"page error: {error}");

        // Listening starts after the first page opens, so every page is loaded again while listening.
        foreach (var path in new[] { "/", "/topics/dopamine-motivation-and-drive", "/questions/what-is-dopamine", "/search?q=dopamine" })
        {
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            if (path.StartsWith("/topics/", StringComparison.Ordinal))
            {
                // The popover is placed through element.style, which the policy must leave alone.
                await page.Locator("sup.cite a").First.HoverAsync();
                await page.Locator("#popover").WaitForAsync();
            }
        }

        var search = page.Locator(".site-header input[type=search]");
        await search.FillAsync("");
        await search.PressSequentiallyAsync("parkin", new LocatorPressSequentiallyOptions { Delay = 30 });
        await page.Locator(".site-header [role=listbox] [role=option]").First.WaitForAsync();

        Assert.DoesNotContain(messages, IsPolicyViolation);
        // An unknown feature in Permissions-Policy is reported on every page's console.
        Assert.DoesNotContain(messages, m => m.Contains("Permissions-Policy", StringComparison.Ordinal));

        // The listener does hear a refusal when there is one: script written into the page must not run.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.head.append(s); }");
        for (var i = 0; i < 50 && !messages.Any(IsPolicyViolation); i++)
        {
            await page.WaitForTimeoutAsync(100);
        }

        Assert.Contains(messages, IsPolicyViolation);
        Assert.False(await page.EvaluateAsync<bool>("() => window.inlineRan === true"));
    }

    private static bool IsPolicyViolation(string message) =>
        message.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Contains("Refused to", StringComparison.Ordinal);
}
