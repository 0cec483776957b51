using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages.Tags;

public sealed class IndexModel(Snapshot snapshot) : PageModel
{
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> Tags { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Descriptions { get; private set; } = null!;

    public void OnGet() => (Tags, Descriptions) = (snapshot.Content.Tags, snapshot.Content.TagDescriptions);
}
