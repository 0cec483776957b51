using Dopamine.Content.Answers;
using Dopamine.Content.Model;
using Dopamine.Content.Search;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Telemetry;
using Dopamine.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

/// <summary>Server-rendered search results; works without JavaScript.</summary>
[UncachedOutput]
public sealed class SearchModel(Snapshot snapshot, SiteMetrics metrics) : PageModel
{
    public const int PageSize = 10;
    private const int MaxPage = 1_000;

    public string Query { get; private set; } = "";
    public int PageNumber { get; private set; } = 1;
    /// <summary>True when the reader asked to see the pages matching only common words too (<c>all=1</c>).</summary>
    public bool IncludeWeak { get; private set; }
    public SearchResults Found { get; private set; } = SearchResults.Empty;
    /// <summary>The answer to the question, shown above the results; null when no page answers it.</summary>
    public Answer? Answer { get; private set; }
    public IReadOnlyList<(Article Article, SearchHit Hit)> Results { get; private set; } = [];
    public IReadOnlyList<Article> Suggestions { get; private set; } = [];
    public IReadOnlyList<Article> Themes { get; private set; } = [];
    public int PageCount => (Found.Total + PageSize - 1) / PageSize;

    // Razor Pages binds a parameter named "page" from its route value (the page's path), never from the query
    // string, so the public ?page= is read from the query string alone under another name.
    public IActionResult OnGet(string? q, [FromQuery(Name = "page")] int? pageNumber, int? all)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > SearchQuery.MaxLength)
        {
            return BadRequest();
        }

        PageNumber = Math.Clamp(pageNumber ?? 1, 1, MaxPage);
        IncludeWeak = all == 1;
        Found = snapshot.Search.Search(Query, (PageNumber - 1) * PageSize, PageSize, IncludeWeak);
        metrics.RecordSearch("page", Found.Total > 0);
        Answer = Query.Length > 0 && PageNumber == 1 ? snapshot.Search.Answer(Query) : null;
        Results = Found.Hits.Select(h => (snapshot.Content.BySlug[h.Slug], h)).ToList();
        if (Found.Total == 0)
        {
            Suggestions = snapshot.Search.Suggest(Query, 5).Select(slug => snapshot.Content.BySlug[slug]).ToList();
            Themes = snapshot.Content.Articles.Where(a => a.Kind == ArticleKind.Topic).ToList();
        }

        ViewData["Query"] = Query;
        return Page();
    }

    /// <summary>Where a result leads: the part of the page that matched, with the reader's words to mark there.</summary>
    public string ResultUrl(Article article, SearchHit hit) =>
        $"{article.Url}?hl={Uri.EscapeDataString(string.Join(' ', Found.Words))}{(hit.Anchor is null ? "" : "#" + hit.Anchor)}";

    public string PageUrl(int page) => SearchUrl(IncludeWeak) + (page > 1 ? $"&page={page}" : "");

    /// <summary>The first page of results, with or without the pages that match only common words.</summary>
    public string SearchUrl(bool includeWeak) => $"/search?q={Uri.EscapeDataString(Query)}{(includeWeak ? "&all=1" : "")}";
}
