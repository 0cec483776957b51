using System.Xml.Linq;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>Fetches an XML document and parses it with System.Xml, as a crawler or feed reader would.</summary>
public static class XmlDocuments
{
    public static async Task<XDocument> GetAsync(HttpClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await XDocument.LoadAsync(stream, LoadOptions.None, CancellationToken.None);
    }
}
