using System.Collections.Concurrent;
using System.Net;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>Search never echoes markup, and keeps answering while the content (and so the index) is swapped.</summary>
public sealed class SearchSafetyTests
{
    private static Dictionary<string, string> ContentWithMarkupInText()
    {
        var files = TestContent.TwoTopics();
        files["topics/gamma.md"] = TestContent.Page("Gamma answer", "Authors sometimes write `<script>alert(1)</script>` in examples.");
        return files;
    }

    [Fact]
    public async Task MarkupInContentOrQueryComesBackInertInSnippets()
    {
        using var site = new TempSite(ContentWithMarkupInText());

        var (_, body) = await Api.GetAsync(site.Client, "/api/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        var page = await site.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        var snippets = body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("snippet").GetString()!).ToList();
        Assert.NotEmpty(snippets);
        Assert.All(snippets, s => Assert.DoesNotContain("<script", s, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(snippets, s => s.Contains("&lt;<mark>script</mark>&gt;", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchesRunningWhileContentReloadsAllSucceed()
    {
        using var site = new TempSite(TestContent.TwoTopics());
        var failures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var searches = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await site.Client.GetAsync("/api/search?q=answer");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{(int)response.StatusCode}");
                }
            }
        })).ToList();

        for (var edit = 0; edit < 10; edit++)
        {
            site.Write("topics/beta.md", TestContent.Page($"Beta answer {edit}", $"Edit number {edit}."));
            await Task.Delay(150);
        }

        Assert.True(await TempSite.Eventually(async () =>
            (await Api.SlugsAsync(site.Client, "answer 9")).Contains("beta")));
        await stop.CancelAsync();
        await Task.WhenAll(searches);
        Assert.Empty(failures);
    }
}
