using AngleSharp.Dom;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>Walks the whole bundled site the way a reader clicking every link would.</summary>
public sealed class SiteCrawlTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Fact]
    public async Task EveryInternalLinkFromTheHomePageLandsOnAPageThatExists()
    {
        var client = factory.CreateClient();
        var visited = new Dictionary<string, IDocument>();
        var queue = new Queue<string>(["/"]);
        var broken = new List<string>();
        var anchors = new List<(string From, string Path, string Fragment)>();
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            if (visited.ContainsKey(path))
            {
                continue;
            }

            var (response, document) = await Html.GetAsync(client, path);
            visited[path] = document;
            if (!response.IsSuccessStatusCode)
            {
                broken.Add($"{path} -> {(int)response.StatusCode}");
                continue;
            }

            if (!document.QuerySelector("footer").Text().Contains("not medical advice", StringComparison.Ordinal))
            {
                broken.Add($"{path} has no disclaimer in its footer");
            }

            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var (target, fragment) = Split(href, path);
                if (target is null || target.StartsWith("/search", StringComparison.Ordinal))
                {
                    continue;
                }

                if (fragment.Length > 0)
                {
                    anchors.Add((path, target, fragment));
                }

                queue.Enqueue(target);
            }
        }

        Assert.Empty(broken);
        var missingAnchors = anchors.Where(a => visited[a.Path].GetElementById(a.Fragment) is null)
            .Select(a => $"{a.From} links to {a.Path}#{a.Fragment}").Distinct().ToList();
        Assert.Empty(missingAnchors);
        Assert.Contains("/topics/dopamine-and-glutamate", visited.Keys);
        Assert.Contains("/glossary", visited.Keys);
        Assert.Contains("/questions", visited.Keys);
        Assert.Contains("/topics", visited.Keys);
        Assert.True(visited.Keys.Count(k => k.StartsWith("/sources/", StringComparison.Ordinal)) > 100);
        Assert.Equal(40, visited.Keys.Count(k => k.StartsWith("/questions/", StringComparison.Ordinal)));
        Assert.Contains("/about", visited.Keys);
    }

    private static (string? Path, string Fragment) Split(string href, string currentPath)
    {
        if (href.StartsWith('#'))
        {
            return (currentPath, href[1..]);
        }

        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return (null, "");
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (href, "") : (href[..hash], href[(hash + 1)..]);
    }
}
