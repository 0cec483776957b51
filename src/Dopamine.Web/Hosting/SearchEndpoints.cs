using System.Diagnostics;
using System.Globalization;
using Dopamine.Content.Model;
using Dopamine.Content.Search;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Telemetry;

namespace Dopamine.Web.Hosting;

/// <summary>The JSON search API of DESIGN.md: <c>/api/search</c> and <c>/api/suggest</c>. Bad parameters get 400 with a JSON error.</summary>
internal static class SearchEndpoints
{
    private const int MaxLimit = 50;
    private const int MaxOffset = 10_000;
    private const int SuggestionCount = 8;

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", (HttpRequest request, Snapshot snapshot, SiteMetrics metrics) =>
        {
            if (ReadQuery(request) is not { } q)
            {
                return QueryError(request);
            }

            if (!TryReadInt(request, "limit", 10, 1, MaxLimit, out var limit) || !TryReadInt(request, "offset", 0, 0, MaxOffset, out var offset))
            {
                return Error($"limit must be a whole number from 1 to {MaxLimit}, and offset from 0 to {MaxOffset}.");
            }

            if (!TryReadInt(request, "all", 0, 0, 1, out var all))
            {
                return Error("all must be 1 (include the pages matching only common words) or 0.");
            }

            var clock = Stopwatch.StartNew();
            var found = snapshot.Search.Search(q, offset, limit, includeWeakMatches: all == 1);
            metrics.RecordSearch("api", found.Total > 0);
            var results = found.Hits.Select(hit => ToJson(snapshot.Content.BySlug[hit.Slug], hit)).ToList();
            var leftOut = all == 1 ? 0 : found.WeakMatches;
            return Results.Json(new SearchJson(q, found.Total, Math.Round(clock.Elapsed.TotalMilliseconds, 2), found.DidYouMean, results, leftOut));
        });
        endpoints.MapGet("/api/suggest", (HttpRequest request, Snapshot snapshot, SiteMetrics metrics) =>
        {
            if (ReadQuery(request) is not { } q)
            {
                return QueryError(request);
            }

            var suggestions = snapshot.Search.Suggest(q, SuggestionCount)
                .Select(slug => snapshot.Content.BySlug[slug])
                .Select(article => new SuggestionJson(article.Title, article.Url))
                .ToList();
            metrics.RecordSuggestion("api");
            return Results.Json(new SuggestJson(q, suggestions));
        });
        return endpoints;
    }

    private static SearchResultJson ToJson(Article article, SearchHit hit) => new(article.Slug, article.Title,
        hit.Anchor is null ? article.Url : $"{article.Url}#{hit.Anchor}", article.Kind.ToString().ToLowerInvariant(), hit.Snippet, hit.Score);

    /// <summary>The trimmed <c>q</c> parameter, or null when it is blank or too long.</summary>
    internal static string? ReadQuery(HttpRequest request)
    {
        var q = request.Query["q"].ToString().Trim();
        return q.Length is 0 or > SearchQuery.MaxLength ? null : q;
    }

    /// <summary>The 400 JSON every endpoint gives for a missing or over-long <c>q</c>.</summary>
    internal static IResult QueryError(HttpRequest request) =>
        Error(request.Query["q"].ToString().Trim().Length == 0
            ? "q is required: the words to search for."
            : $"q is too long: at most {SearchQuery.MaxLength} characters.");

    private static bool TryReadInt(HttpRequest request, string name, int fallback, int min, int max, out int value)
    {
        var text = request.Query[name].ToString();
        value = fallback;
        return text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    private static IResult Error(string message) => Results.Json(new ErrorJson(message), statusCode: StatusCodes.Status400BadRequest);

    /// <param name="LeftOut">Pages matching only the query's common words, not in total or results; all=1 includes them.</param>
    private sealed record SearchJson(string Query, int Total, double TookMs, string? DidYouMean, IReadOnlyList<SearchResultJson> Results, int LeftOut);

    private sealed record SearchResultJson(string Slug, string Title, string Url, string Kind, string Snippet, float Score);

    private sealed record SuggestJson(string Query, IReadOnlyList<SuggestionJson> Suggestions);

    private sealed record SuggestionJson(string Title, string Url);
}
