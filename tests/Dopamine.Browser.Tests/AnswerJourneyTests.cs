using Dopamine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dopamine.Browser.Tests;

/// <summary>A reader types a question, gets the answer card at the top of search, and follows it to the passage.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AnswerJourneyTests(BrowserSite site)
{
    private const string Question = "do cold plunges boost dopamine";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TypeAQuestionSeeTheAnswerAndLandOnTheMarkedPassage(bool javaScript)
    {
        var page = await site.OpenAsync("/", javaScript);
        var search = page.Locator(".site-header input[type=search]");
        await search.FillAsync(Question);
        await search.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");

        var card = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Do cold plunges boost dopamine?" });
        Assert.True(await card.IsVisibleAsync(), "the answer is a labelled region named by the answering page");
        Assert.True(await card.Locator(".answer-short").IsVisibleAsync());
        Assert.True(await card.Locator(".evidence-tag").IsVisibleAsync());
        var more = card.Locator(".answer-more a");
        var href = (await more.GetAttributeAsync("href"))!;
        Assert.StartsWith("/questions/cold-exposure-and-dopamine", href, StringComparison.Ordinal);

        await more.ClickAsync();
        await page.WaitForURLAsync("**" + href);

        var anchor = href.Contains('#', StringComparison.Ordinal) ? href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..] : null;
        if (anchor is not null)
        {
            Assert.Equal(anchor, await page.EvaluateAsync<string>("document.querySelector(':target')?.id"));
            Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector(':target')).outlineStyle"));
        }
        else
        {
            Assert.True(await page.Locator(".short-answer").IsVisibleAsync());
        }
    }

    [Fact]
    public async Task APassageCitationMarkerLeadsToItsSourceCard()
    {
        var page = await site.OpenAsync($"/search?q={Uri.EscapeDataString("does caffeine block adenosine receptors")}", javaScript: false);
        var marker = page.Locator(".answer-card .answer-passages sup.cite a").First;
        var href = (await marker.GetAttributeAsync("href"))!;

        await marker.ClickAsync();
        await page.WaitForURLAsync("**" + href);

        var target = await page.EvaluateAsync<string>("document.querySelector(':target')?.id");
        Assert.StartsWith("source-", target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APrintOfTheResultsKeepsTheAnswerCard()
    {
        var page = await site.OpenAsync($"/search?q={Uri.EscapeDataString(Question)}");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator(".answer-card").IsVisibleAsync());
        Assert.True(await page.Locator(".answer-card .answer-short").IsVisibleAsync());
    }
}
