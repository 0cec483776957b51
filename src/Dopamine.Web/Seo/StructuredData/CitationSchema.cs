using System.Globalization;
using System.Text.Json.Nodes;
using Dopamine.Content.Model;

namespace Dopamine.Web.Seo.StructuredData;

/// <summary>
/// A cited source as schema.org <c>citation</c> entries: papers as ScholarlyArticle, books as Book, episodes
/// as PodcastEpisode. A cited moment (a timestamp locator, or a clip's start) becomes a Clip of its episode
/// with <c>startOffset</c> in seconds, one per moment.
/// </summary>
internal static class CitationSchema
{
    public static IEnumerable<JsonObject> For(CitedSource cited, ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(cited);
        ArgumentNullException.ThrowIfNull(content);
        var source = cited.Source;
        var moments = cited.Locators.Select(Seconds).OfType<int>().Distinct().ToList();
        switch (source.Type)
        {
            case SourceType.Episode when moments.Count > 0:
                return moments.Select(at => Clip($"{source.Title} at {Clock(at)}", source.Link, at, Episode(source)));
            case SourceType.Clip:
                var episode = source.Episode is { } id ? content.Sources.GetValueOrDefault(id) : null;
                var starts = moments.Count > 0 ? moments.Cast<int?>() : [Seconds(source.Start)];
                return starts.Select(at => Clip(source.Title, source.Link ?? episode?.Link, at, episode is null ? null : Episode(episode)));
            default:
                return [Work(source)];
        }
    }

    private static JsonObject Work(Source source) => source.Type switch
    {
        SourceType.Episode => Episode(source),
        SourceType.Book => JsonLd.Node("Book", Common(source)
            .Append(("publisher", source.Publisher is null ? null : JsonLd.Node("Organization", ("name", source.Publisher))))
            .Append(("isbn", source.Isbn)).ToArray()),
        SourceType.Paper or SourceType.Review => JsonLd.Node("ScholarlyArticle", Common(source)
            .Append(("isPartOf", source.Journal is null ? null : JsonLd.Node("Periodical", ("name", source.Journal))))
            .Append(("identifier", source.Doi is null ? null : JsonLd.Node("PropertyValue", ("propertyID", "DOI"), ("value", source.Doi))))
            .ToArray()),
        _ => JsonLd.Node("WebPage", [.. Common(source)]),
    };

    private static IEnumerable<(string, JsonNode?)> Common(Source source) =>
    [
        ("name", source.Title),
        ("url", source.Link),
        ("author", JsonLd.ArrayOf(source.Authors.Select(name => JsonLd.Node("Person", ("name", name))))),
        ("datePublished", Published(source)),
    ];

    private static JsonObject Episode(Source episode) => JsonLd.Node("PodcastEpisode",
        ("name", episode.Title),
        ("url", episode.Link),
        ("episodeNumber", episode.Number),
        ("datePublished", Published(episode)),
        ("partOfSeries", episode.Show is null ? null : JsonLd.Node("PodcastSeries", ("name", episode.Show))));

    private static JsonObject Clip(string name, string? url, int? startSeconds, JsonObject? episode) => JsonLd.Node("Clip",
        ("name", name),
        ("url", url),
        ("startOffset", startSeconds),
        ("partOfEpisode", episode));

    private static string? Published(Source source) =>
        source.Date is { } date ? SitemapDocument.W3CDate(date) : source.DisplayYear?.ToString(CultureInfo.InvariantCulture);

    private static int? Seconds(string? locator) =>
        Timestamp.TryParse(locator, out var at) ? (int)at.TotalSeconds : null;

    private static string Clock(int seconds) =>
        TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
