using System.Text.Json;
using AngleSharp.Dom;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>Reads a page's JSON-LD the way a search engine does: every application/ld+json script, parsed as JSON.</summary>
public static class JsonLdScripts
{
    public static List<JsonElement> Of(IDocument page)
    {
        var scripts = page.Head!.QuerySelectorAll("script[type='application/ld+json']");
        Assert.NotEmpty(scripts);
        return scripts.Select(script =>
        {
            using var document = JsonDocument.Parse(script.TextContent);
            Assert.Equal("https://schema.org", document.RootElement.GetProperty("@context").GetString());
            return document.RootElement.Clone();
        }).ToList();
    }

    public static JsonElement OfType(IDocument page, string type) =>
        Assert.Single(Of(page), node => node.GetProperty("@type").GetString() == type);
}
