using System.Net;
using AngleSharp.Dom;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dopamine.Web.Tests;

/// <summary>Every response hardens the browser that reads it, and no page needs the policy loosened to work.</summary>
public sealed class SecurityHeadersTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/topics/dopamine-motivation-and-drive", HttpStatusCode.OK)]
    [InlineData("/questions/what-is-dopamine", HttpStatusCode.OK)]
    [InlineData("/search?q=dopamine", HttpStatusCode.OK)]
    [InlineData("/api/search?q=dopamine", HttpStatusCode.OK)]
    [InlineData("/api/suggest?q=dopa", HttpStatusCode.OK)]
    [InlineData("/api/search?q=", HttpStatusCode.BadRequest)]
    [InlineData("/topics/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/readyz", HttpStatusCode.OK)]
    [InlineData("/sitemap.xml", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    public async Task EveryKindOfResponseCarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssert.Present(response);
    }

    [Fact]
    public async Task FingerprintedAssetsCarryTheSecurityHeaders()
    {
        var client = factory.CreateClient();
        var home = await Html.GetOkAsync(client, "/");
        var assets = home.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Equal(2, assets.Count);

        foreach (var asset in assets)
        {
            var response = await client.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            SecurityHeaderAssert.Present(response);
        }
    }

    [Fact]
    public async Task ThePolicyAllowsScriptOnlyFromOurOwnFilesAndNoFraming()
    {
        var policy = SecurityHeaderAssert.PolicyOf(await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'self'"], policy["style-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Equal(["'self'"], policy["base-uri"]);
        Assert.Equal(["'self'"], policy["form-action"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.DoesNotContain(policy.Values.SelectMany(v => v), v => v.Contains("unsafe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoPageNeedsInlineScriptOrStyle()
    {
        var client = factory.CreateClient();
        var sitemap = await XmlDocuments.GetAsync(client, "/sitemap.xml", "application/xml");
        var pages = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery)
            .Concat(["/search?q=dopamine", "/search?q=zzzzqqq", "/topics/no-such-page"]).ToList();
        Assert.True(pages.Count > 40);

        var problems = new List<string>();
        foreach (var path in pages)
        {
            var (_, page) = await Html.GetAsync(client, path);
            problems.AddRange(InlineCode(page).Select(problem => $"{path}: {problem}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task NoStrictTransportSecurityInDevelopmentEvenOverHttps()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dopamine.example") });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task StrictTransportSecurityOnlyOverHttpsInProduction()
    {
        using var production = new BundledSiteFactory().WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var https = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dopamine.example") });
        var http = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://dopamine.example") });

        var secure = await https.GetAsync(new Uri("/topics/no-such-page", UriKind.Relative));
        var plain = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, secure.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    // What a policy without 'unsafe-inline' would block: style attributes, style elements, event handler
    // attributes and script that is not a file of ours. JSON-LD is data and never runs, so it is allowed.
    private static IEnumerable<string> InlineCode(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll("[style]"))
        {
            yield return $"<{element.LocalName}> has a style attribute";
        }

        if (page.QuerySelector("style") is not null)
        {
            yield return "has a <style> element";
        }

        foreach (var element in page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))))
        {
            yield return $"<{element.LocalName}> has an event handler attribute";
        }

        foreach (var script in page.QuerySelectorAll("script"))
        {
            var src = script.GetAttribute("src");
            if (src is null && script.GetAttribute("type") != "application/ld+json")
            {
                yield return "has an inline script";
            }
            else if (src is not null && (!src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal)))
            {
                yield return $"loads script from {src}";
            }
        }
    }
}
