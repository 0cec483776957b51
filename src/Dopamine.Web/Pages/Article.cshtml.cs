using Dopamine.Content.Model;
using Dopamine.Content.Related;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

/// <summary>A topic or question page: everything it shows was rendered at load.</summary>
public sealed class ArticleModel(ContentStore store) : PageModel
{
    public Article Article { get; private set; } = null!;
    public ContentSet Site { get; private set; } = null!;
    public IReadOnlyList<RelatedEntry> Related { get; private set; } = [];
    public IReadOnlyList<LinkMention> LinkedFrom { get; private set; } = [];

    public IActionResult OnGet(string section, string slug)
    {
        var snapshot = store.Current;
        if (!snapshot.Content.BySlug.TryGetValue(slug.ToLowerInvariant(), out var article))
        {
            return NotFound();
        }

        if (article.Kind.Segment() != section || article.Slug != slug)
        {
            return RedirectPermanent(article.Url);
        }

        (Article, Site) = (article, snapshot.Content);
        Related = snapshot.RelatedTo(article.Slug);
        LinkedFrom = snapshot.Content.BacklinksTo(article.Slug);
        return Page();
    }
}
