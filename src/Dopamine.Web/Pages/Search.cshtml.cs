using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

/// <summary>Server-rendered search results; works without JavaScript.</summary>
public sealed class SearchModel(ContentStore store) : PageModel
{
    public const int PageSize = 10;
    public const int MaxQueryLength = 200;
    private const int MaxPage = 10_000;

    public string Query { get; private set; } = "";
    public int PageNumber { get; private set; } = 1;
    public int Total { get; private set; }
    public IReadOnlyList<Article> Results { get; private set; } = [];
    public IReadOnlyList<Article> Themes { get; private set; } = [];
    public int PageCount => (Total + PageSize - 1) / PageSize;

    public IActionResult OnGet(string? q, int? page)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > MaxQueryLength)
        {
            return BadRequest();
        }

        var snapshot = store.Current;
        PageNumber = Math.Clamp(page ?? 1, 1, MaxPage);
        var results = snapshot.Search.Search(Query, (PageNumber - 1) * PageSize, PageSize);
        Total = results.Total;
        Results = results.Hits.Select(h => snapshot.Content.BySlug[h.Slug]).ToList();
        Themes = snapshot.Content.Articles.Where(a => a.Kind == ArticleKind.Topic).ToList();
        ViewData["Query"] = Query;
        return Page();
    }
}
