using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

public sealed class GlossaryModel(ContentStore store) : PageModel
{
    public IReadOnlyList<GlossaryTerm> Terms { get; private set; } = [];

    public void OnGet() => Terms = store.Current.Content.Glossary.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList();
}
