using Dopamine.Content.Search;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Telemetry;
using Dopamine.Web.Seo;

namespace Dopamine.Web.Hosting;

/// <summary>The machine-readable face of the site: sitemap, robots.txt, Atom feed, OpenSearch description and its suggestions.</summary>
internal static class WebStandardsEndpoints
{
    private const int SuggestionCount = 8;

    public static IEndpointRouteBuilder MapWebStandards(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var baseUrl = endpoints.ServiceProvider.GetRequiredService<IConfiguration>()[AbsoluteUrls.BaseUrlSetting];
        if (!string.IsNullOrWhiteSpace(baseUrl) && !AbsoluteUrls.TryParseBaseUrl(baseUrl, out _))
        {
            throw new InvalidOperationException(
                $"{AbsoluteUrls.BaseUrlSetting} must be an absolute http or https URL without query, e.g. https://dopamine.example; it is '{baseUrl}'.");
        }

        endpoints.MapGet("/sitemap.xml", (HttpContext context, Snapshot snapshot) =>
            XmlResponse.From(SitemapDocument.Build(snapshot.Content, AbsoluteUrls.For(context)), SitemapDocument.MediaType))
            .CacheContentOutput();
        endpoints.MapGet("/feed.xml", (HttpContext context, Snapshot snapshot) =>
            XmlResponse.From(AtomFeedDocument.Build(snapshot.Content, AbsoluteUrls.For(context)), AtomFeedDocument.MediaType))
            .CacheContentOutput();
        endpoints.MapGet("/opensearch.xml", (HttpContext context) =>
            XmlResponse.From(OpenSearchDocument.Build(AbsoluteUrls.For(context)), OpenSearchDocument.MediaType));
        endpoints.MapGet("/robots.txt", (HttpContext context) =>
            Results.Text(RobotsText.Build(AbsoluteUrls.For(context)), "text/plain; charset=utf-8"));
        endpoints.MapGet(OpenSearchDocument.SuggestionsPath, Suggest);
        return endpoints;
    }

    /// <summary>OpenSearch suggestions: <c>["typed", ["title", …]]</c>. Browsers ask on every key press, so an empty query gets an empty list.</summary>
    private static IResult Suggest(HttpRequest request, Snapshot snapshot, SiteMetrics metrics)
    {
        var q = request.Query["q"].ToString().Trim();
        if (q.Length > SearchQuery.MaxLength)
        {
            return Results.Json(new { error = $"q is too long: at most {SearchQuery.MaxLength} characters." },
                statusCode: StatusCodes.Status400BadRequest);
        }

        var titles = q.Length == 0
            ? []
            : snapshot.Search.Suggest(q, SuggestionCount).Select(slug => snapshot.Content.BySlug[slug].Title).ToList();
        metrics.RecordSuggestion("opensearch");
        return Results.Json<object[]>([q, titles], contentType: OpenSearchDocument.SuggestionsMediaType);
    }
}
