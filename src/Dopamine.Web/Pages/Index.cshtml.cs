using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Dopamine.Web.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

public sealed class IndexModel(Snapshot snapshot) : PageModel
{
    public ContentSet Site { get; private set; } = null!;
    public IReadOnlyList<Article> StartHere { get; private set; } = [];
    public ThemeOutline Outline { get; private set; } = null!;

    public void OnGet()
    {
        Site = snapshot.Content;
        StartHere = Site.Home.StartHere.Select(slug => Site.BySlug[slug]).ToList();
        Outline = ThemeOutline.Of(Site);
    }
}
