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
public sealed class ErrorModel(Snapshot snapshot) : PageModel
{
    public int Status { get; private set; }
    public string RequestedPath { get; private set; } = "";
    public IReadOnlyList<Article> Suggestions { get; private set; } = [];

    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    // Only a real failure is a 500. A reader who types /error themselves gets the not-found page.
    private PageResult Show()
    {
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        Status = exception is not null ? StatusCodes.Status500InternalServerError
            : reExecute?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        RequestedPath = reExecute?.OriginalPath ?? exception?.Path ?? Request.Path;
        if (Status == StatusCodes.Status404NotFound)
        {
            Suggestions = Closest(RequestedPath);
        }

        return Page();
    }

    private List<Article> Closest(string path)
    {
        // The last segment is the slug the reader (or an old link) meant; the folders before it are ours.
        var words = Uri.UnescapeDataString(path.TrimEnd('/').Split('/')[^1]).Replace('-', ' ');
        var hits = snapshot.Search.Search(words, 0, 5).Hits.Select(h => snapshot.Content.BySlug[h.Slug]).ToList();
        return hits.Count > 0 ? hits : snapshot.Content.Articles.Where(a => a.Kind == ArticleKind.Topic).ToList();
    }
}
