using System.Text.Json.Nodes;

namespace Dopamine.Web.Seo.StructuredData;

/// <summary>The home page's JSON-LD: the WebSite, with a SearchAction so a search engine can offer a site search box.</summary>
internal sealed class HomeStructuredData(string description) : IStructuredData
{
    public string OpenGraphType => "website";

    public IEnumerable<JsonObject> Build(AbsoluteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        yield return JsonLd.Document("WebSite",
            ("name", "Dopamine"),
            ("url", urls.To("/")),
            ("description", description),
            ("inLanguage", "en"),
            ("potentialAction", JsonLd.Node("SearchAction",
                ("target", JsonLd.Node("EntryPoint", ("urlTemplate", urls.To("/search?q={search_term_string}")))),
                ("query-input", "required name=search_term_string"))));
    }
}
