using Deque.AxeCore.Playwright;
using Dopamine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dopamine.Browser.Tests;

/// <summary>axe finds no violation on the main kinds of page, in light and in dark; screenshots are kept for review.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, string, ColorScheme>();
        var pages = new Dictionary<string, string>
        {
            ["home"] = "/",
            ["theme"] = "/topics/pleasure-pain-balance",
            ["question"] = "/questions/does-caffeine-increase-dopamine",
            ["search"] = "/search?q=dopamine",
            ["answer"] = "/search?q=does+caffeine+increase+dopamine",
            ["dose answer"] = "/search?q=how+much+caffeine+should+I+take",
            ["tag"] = "/tags/myths",
            ["glossary"] = "/glossary",
            ["questions"] = "/questions",
            ["themes"] = "/topics",
            ["sources"] = "/sources",
            ["sources-filtered"] = "/sources?kind=paper&decade=2010",
            ["not-found"] = "/topics/no-such-page",
        };
        foreach (var (name, path) in pages)
        {
            data.Add(name, path, ColorScheme.Light);
            data.Add(name, path, ColorScheme.Dark);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageHasNoAxeViolations(string name, string path, ColorScheme scheme)
    {
        var page = await site.OpenAsync(path, scheme: scheme);

        var result = await page.RunAxe();

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})");
        Assert.True(result.Violations.Length == 0, $"{name} ({scheme}): {string.Join("; ", violations)}");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task ScreenshotsAtPhoneAndDeskWidthsAreWrittenForReview(int width)
    {
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        foreach (var (name, path) in new[] { ("home", "/"), ("theme", "/topics/dopamine-release-mechanisms"), ("question", "/questions/cold-exposure-and-dopamine"), ("search", "/search?q=coffee") })
        {
            var page = await site.OpenAsync(path, width: width);
            var file = Path.Combine(BrowserSite.ScreenshotFolder, $"{name}-{width}.png");

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{path} scrolls sideways at {width}px");
        }
    }
}
