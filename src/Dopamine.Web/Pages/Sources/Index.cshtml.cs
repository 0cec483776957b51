using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Dopamine.Web.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages.Sources;

public sealed class IndexModel(Snapshot snapshot) : PageModel
{
    public ContentSet Site { get; private set; } = null!;
    public SourceListing Listing { get; private set; } = null!;

    public void OnGet(string? kind, int? decade, string? theme)
    {
        Site = snapshot.Content;
        var outline = ThemeOutline.Of(Site);
        Listing = SourceListing.Build(Site, outline, SourceFilter.Parse(kind, decade, theme, outline));
    }
}
