using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages.Tags;

public sealed class IndexModel(ContentStore store) : PageModel
{
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> Tags { get; private set; } = null!;

    public void OnGet() => Tags = store.Current.Content.Tags;
}
