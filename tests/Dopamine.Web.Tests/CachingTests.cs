using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Dopamine.Web.Tests;

/// <summary>ETags, Cache-Control and compression as a browser or a shared cache sees them. The test client never decompresses.</summary>
public sealed class CachingTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    private const string PagePath = "/topics/dopamine-motivation-and-drive";

    [Fact]
    public async Task APageHasAWeakETagFromTheContentVersionAndAShortPublicLifetime()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag);
        Assert.True(etag.IsWeak);
        Assert.StartsWith($"\"{await ContentVersion(client)}-", etag.Tag, StringComparison.Ordinal);
        AssertRevalidatesAfterAMinute(response);
    }

    [Fact]
    public async Task TheCurrentETagGetsNotModifiedWithAnEmptyBody()
    {
        var client = factory.CreateClient();
        var etag = (await client.GetAsync(PagePath)).Headers.ETag!;

        var response = await Send(client, PagePath, r => r.Headers.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);
        AssertRevalidatesAfterAMinute(response);
    }

    [Fact]
    public async Task ApiResponsesAreTaggedAndRevalidateLikePages()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/api/search?q=dopamine");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        AssertRevalidatesAfterAMinute(first);

        var again = await Send(client, "/api/search?q=dopamine", r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task EveryAddressOfOneVersionSharesOneETagAndAHighlightedPageIsStillMarked()
    {
        var client = factory.CreateClient();
        var plain = (await client.GetAsync(PagePath)).Headers.ETag!;
        var highlighted = await client.GetAsync($"{PagePath}?hl=reward");

        // A browser or shared cache keeps a tag per URL and sends it back to that URL only.
        Assert.Equal(plain, highlighted.Headers.ETag);
        Assert.Equal(plain, (await client.GetAsync("/api/search?q=dopamine")).Headers.ETag);
        Assert.Contains("<mark", await highlighted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PagePath, null)]
    [InlineData(PagePath, "br")]
    [InlineData("/sitemap.xml", "gzip")]
    public async Task APageAskedForAgainIsSentFromMemoryWithTheSameBytesAndHeaders(string path, string? encoding)
    {
        var client = factory.CreateClient();
        void Accept(HttpRequestMessage request)
        {
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            }
        }

        var first = await Send(client, path, Accept);
        var second = await Send(client, path, Accept);

        // Age is the output cache's mark on a response it kept.
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentEncoding, second.Content.Headers.ContentEncoding);
        AssertRevalidatesAfterAMinute(second);
    }

    [Theory]
    [InlineData("/search?q=dopamine")]
    [InlineData("/api/search?q=dopamine")]
    [InlineData("/topics/no-such-page")]
    public async Task SearchResultsAndErrorsAreNeverKept(string path)
    {
        var client = factory.CreateClient();
        await client.GetAsync(path);

        var again = await client.GetAsync(path);

        Assert.Null(again.Headers.Age);
    }

    [Theory]
    [InlineData("/topics/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/api/search?q=", HttpStatusCode.BadRequest)]
    public async Task ErrorResponsesAreNeverStoredAndCarryNoTagToRevalidateWith(string path, HttpStatusCode status)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/readyz")]
    [InlineData("/healthz")]
    public async Task HealthProbesAreNeverStored(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task EditingContentChangesTheETagAndTheOldOneGetsTheNewPage()
    {
        using var site = new TempSite(TestContent.TwoTopics());
        var before = (await site.Client.GetAsync("/topics/beta")).Headers.ETag!;

        site.Write("topics/beta.md", TestContent.Page("Beta rewritten", "Beta has new words."));

        Assert.True(await TempSite.Eventually(async () => !Equals((await site.Client.GetAsync("/topics/beta")).Headers.ETag, before)));
        var response = await Send(site.Client, "/topics/beta", r => r.Headers.IfNoneMatch.Add(before));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, response.Headers.ETag);
        Assert.Contains("Beta rewritten", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StylesheetsLinkedFromAPageAreCachedForAYearAsImmutable()
    {
        // Development, the test default, turns static asset caching off so that edits show at once; this runs the
        // site with the build manifest's headers, as production sends them.
        using var production = factory.WithWebHostBuilder(b => b.UseSetting("EnableStaticAssetsDevelopmentCaching", "true"));
        var client = production.CreateClient();
        var page = await Html.GetOkAsync(client, PagePath);
        var hrefs = page.QuerySelectorAll("link[rel=stylesheet]").Select(link => link.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hrefs);

        foreach (var href in hrefs.Where(href => href.StartsWith('/')))
        {
            var response = await client.GetAsync(href);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl;
            Assert.Equal(TimeSpan.FromDays(365), cacheControl?.MaxAge);
            Assert.Contains(cacheControl!.Extensions, e => e.Name == "immutable");
        }
    }

    [Theory]
    [InlineData(PagePath, "br")]
    [InlineData(PagePath, "gzip")]
    [InlineData("/api/suggest?q=dopamine", "br")]
    public async Task CompressedResponsesDecompressToThePlainOnes(string path, string encoding)
    {
        var client = factory.CreateClient();
        var plain = await client.GetAsync(path);
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        var compressed = await Send(client, path, r => r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding)));

        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Single(compressed.Headers.Vary, "Accept-Encoding");
        Assert.Equal(plain.Headers.ETag, compressed.Headers.ETag);
        var body = await compressed.Content.ReadAsByteArrayAsync();
        var expected = await plain.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < expected.Length, $"{encoding}: {body.Length} bytes, plain {expected.Length}");
        Assert.Equal(expected, Decompress(body, encoding));
    }

    [Fact]
    public async Task StaticAssetsAreServedPrecompressedAndNotCompressedAgain()
    {
        var client = factory.CreateClient();
        var href = (await Html.GetOkAsync(client, PagePath)).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var plain = await (await client.GetAsync(href)).Content.ReadAsByteArrayAsync();

        var response = await Send(client, href, r => r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip")));

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal(plain, Decompress(await response.Content.ReadAsByteArrayAsync(), "gzip"));
    }

    private static void AssertRevalidatesAfterAMinute(HttpResponseMessage response)
    {
        var cacheControl = Assert.IsType<CacheControlHeaderValue>(response.Headers.CacheControl);
        Assert.True(cacheControl.Public, $"Cache-Control: {cacheControl}");
        Assert.Equal(TimeSpan.FromSeconds(60), cacheControl.MaxAge);
        Assert.False(cacheControl.NoStore);
        Assert.Single(response.Headers.Vary, "Accept-Encoding");
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string path, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure(request);
        return await client.SendAsync(request);
    }

    private static async Task<string> ContentVersion(HttpClient client)
    {
        using var ready = JsonDocument.Parse(await client.GetStringAsync("/readyz"));
        return ready.RootElement.GetProperty("version").GetString()!;
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
