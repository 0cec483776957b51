using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

/// <summary>
/// The page for every error status: 404s suggest the closest titles to the address that was asked for,
/// 400s explain what was wrong, anything else apologises. The status code is kept.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ContentStore store) : PageModel
{
    public int Status { get; private set; }
    public string RequestedPath { get; private set; } = "";
    public IReadOnlyList<Article> Suggestions { get; private set; } = [];

    public IActionResult OnGet(int? status) => Show(status);

    public IActionResult OnPost(int? status) => Show(status);

    private PageResult Show(int? status)
    {
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = status is >= 400 and < 600 ? status.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
        RequestedPath = reExecute?.OriginalPath ?? "";
        if (Status == StatusCodes.Status404NotFound)
        {
            Suggestions = Closest(RequestedPath);
        }

        return Page();
    }

    private List<Article> Closest(string path)
    {
        var content = store.Current;
        // The last segment is the slug the reader (or an old link) meant; the folders before it are ours.
        var words = Uri.UnescapeDataString(path.TrimEnd('/').Split('/')[^1]).Replace('-', ' ');
        var hits = content.Search.Search(words, 0, 5).Hits.Select(h => content.Content.BySlug[h.Slug]).ToList();
        return hits.Count > 0 ? hits : content.Content.Articles.Where(a => a.Kind == ArticleKind.Topic).ToList();
    }
}
