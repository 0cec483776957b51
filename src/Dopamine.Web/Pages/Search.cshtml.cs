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
public sealed class SearchModel(ContentStore store, SiteMetrics metrics) : PageModel
{
    public const int PageSize = 10;
    private const int MaxPage = 1_000;

    public string Query { get; private set; } = "";
    public int PageNumber { get; private set; } = 1;
    public SearchResults Found { get; private set; } = SearchResults.Empty;
    public IReadOnlyList<(Article Article, SearchHit Hit)> Results { get; private set; } = [];
    public IReadOnlyList<Article> Suggestions { get; private set; } = [];
    public IReadOnlyList<Article> Themes { get; private set; } = [];
    public int PageCount => (Found.Total + PageSize - 1) / PageSize;

    public IActionResult OnGet(string? q, int? page)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > SearchEndpoints.MaxQueryLength)
        {
            return BadRequest();
        }

        var snapshot = store.Current;
        PageNumber = Math.Clamp(page ?? 1, 1, MaxPage);
        Found = snapshot.Search.Search(Query, (PageNumber - 1) * PageSize, PageSize);
        metrics.RecordSearch("page", Found.Total > 0);
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

    public string PageUrl(int page) => $"/search?q={Uri.EscapeDataString(Query)}&page={page}";
}
