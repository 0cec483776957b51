using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages.Sources;

public sealed class IndexModel(Snapshot snapshot) : PageModel
{
    public ContentSet Site { get; private set; } = null!;
    public IReadOnlyList<IGrouping<SourceType, Source>> ByType { get; private set; } = [];

    public void OnGet()
    {
        Site = snapshot.Content;
        ByType = Site.Sources.Values
            .OrderBy(s => s.Type).ThenBy(s => (s.Authors.Count > 0 ? s.Authors[0] : s.Title), StringComparer.OrdinalIgnoreCase)
            .GroupBy(s => s.Type).ToList();
    }
}
