using System.Net;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>HTTP details a client relies on: HEAD where GET works, JSON that stays inert if it is ever read as HTML.</summary>
public sealed class ProtocolEdgeTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Theory]
    [InlineData("/api/search?q=dopamine")]
    [InlineData("/api/suggest?q=dopa")]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/opensearch.xml")]
    [InlineData("/")]
    [InlineData("/questions/what-is-dopamine")]
    public async Task EveryGetAddressAnswersHeadWithTheSameStatusAndType(string url)
    {
        var client = factory.CreateClient();

        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OtherMethodsStillGet405()
    {
        using var post = await factory.CreateClient().PostAsync(new Uri("/api/search?q=dopamine", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/suggest?q=")]
    public async Task JsonEscapesHtmlSensitiveCharactersInsideStrings(string prefix)
    {
        var echoed = "<script>alert('x')</script> & more";
        var response = await factory.CreateClient().GetAsync(new Uri(prefix + Uri.EscapeDataString(echoed), UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", text, StringComparison.Ordinal);
        Assert.DoesNotContain("'", text, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.Ordinal);
        // Escaped, not lost: the parsed value is what was sent.
        var (_, body) = await Api.GetAsync(factory.CreateClient(), prefix + Uri.EscapeDataString(echoed));
        Assert.Equal(echoed, body.GetProperty("query").GetString());
    }
}
