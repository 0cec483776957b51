using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages.Tags;

public sealed class TagModel(Snapshot snapshot) : PageModel
{
    public string Tag { get; private set; } = "";
    public IReadOnlyList<Article> Articles { get; private set; } = [];
    public string? Description { get; private set; }

    // A blank segment ("/tags/%20") binds as null.
    public IActionResult OnGet(string? tag)
    {
        if (tag is null || !snapshot.Content.Tags.TryGetValue(tag.ToLowerInvariant(), out var articles))
        {
            return NotFound();
        }

        (Tag, Articles) = (tag.ToLowerInvariant(), articles);
        Description = snapshot.Content.TagDescriptions.GetValueOrDefault(Tag);
        return Page();
    }
}
