using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages.Sources;

public sealed class SourceModel(Snapshot snapshot) : PageModel
{
    public ContentSet Site { get; private set; } = null!;
    public Source Source { get; private set; } = null!;
    public IReadOnlyList<Article> CitedBy { get; private set; } = [];

    // A blank segment ("/sources/%20") binds as null.
    public IActionResult OnGet(string? id)
    {
        Site = snapshot.Content;
        if (id is null || !Site.Sources.TryGetValue(id, out var source))
        {
            return NotFound();
        }

        (Source, CitedBy) = (source, Site.PagesCiting(id));
        return Page();
    }
}
