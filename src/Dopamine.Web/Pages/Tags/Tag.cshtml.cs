using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages.Tags;

public sealed class TagModel(ContentStore store) : PageModel
{
    public string Tag { get; private set; } = "";
    public IReadOnlyList<Article> Articles { get; private set; } = [];
    public string? Description { get; private set; }

    // A blank segment ("/tags/%20") binds as null.
    public IActionResult OnGet(string? tag)
    {
        if (tag is null || !store.Current.Content.Tags.TryGetValue(tag.ToLowerInvariant(), out var articles))
        {
            return NotFound();
        }

        (Tag, Articles) = (tag.ToLowerInvariant(), articles);
        Description = store.Current.Content.TagDescriptions.GetValueOrDefault(Tag);
        return Page();
    }
}
