using System.Text.Json.Nodes;

namespace Dopamine.Web.Seo.StructuredData;

/// <summary>A schema.org BreadcrumbList: the trail from the home page to this one, every step an absolute URL.</summary>
internal static class BreadcrumbSchema
{
    public static JsonObject For(AbsoluteUrls urls, params (string Name, string Path)[] steps)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return JsonLd.Document("BreadcrumbList", ("itemListElement", new JsonArray([.. steps.Select((step, i) =>
            JsonLd.Node("ListItem", ("position", i + 1), ("name", step.Name), ("item", urls.To(step.Path))))])));
    }
}
