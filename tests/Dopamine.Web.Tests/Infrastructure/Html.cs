using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>Fetches a page and parses it the way a browser would, for assertions on what a reader sees.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    public static async Task<IDocument> GetOkAsync(HttpClient client, string url)
    {
        var (response, document) = await GetAsync(client, url);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return document;
    }

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";
}
