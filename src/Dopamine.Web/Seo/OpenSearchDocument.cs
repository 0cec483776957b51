using System.Xml.Linq;

namespace Dopamine.Web.Seo;

/// <summary>
/// <c>/opensearch.xml</c> (OpenSearch 1.1): lets a browser add the site as a search engine, with
/// as-you-type suggestions from <see cref="SuggestionsPath"/>.
/// </summary>
internal static class OpenSearchDocument
{
    public const string MediaType = "application/opensearchdescription+xml";
    public const string SuggestionsMediaType = "application/x-suggestions+json";
    public const string SuggestionsPath = "/api/opensearch-suggest";
    public static readonly XNamespace Namespace = "http://a9.com/-/spec/opensearch/1.1/";

    public static XDocument Build(AbsoluteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return new XDocument(new XElement(Namespace + "OpenSearchDescription",
            new XElement(Namespace + "ShortName", "Dopamine"),
            new XElement(Namespace + "Description", "Search cited answers about dopamine, motivation, craving and reward."),
            new XElement(Namespace + "InputEncoding", "UTF-8"),
            new XElement(Namespace + "Language", "en"),
            Url("text/html", urls.To("/search?q={searchTerms}")),
            Url(SuggestionsMediaType, urls.To($"{SuggestionsPath}?q={{searchTerms}}")),
            Url(MediaType, urls.To("/opensearch.xml"), rel: "self")));
    }

    private static XElement Url(string type, string template, string? rel = null) => new(Namespace + "Url",
        new XAttribute("type", type),
        new XAttribute("method", "get"),
        new XAttribute("template", template),
        rel is null ? null : new XAttribute("rel", rel));
}
