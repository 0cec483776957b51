using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

public sealed class GlossaryModel(Snapshot snapshot) : PageModel
{
    public IReadOnlyList<GlossaryTerm> Terms { get; private set; } = [];

    public void OnGet() => Terms = snapshot.Content.Glossary.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList();
}
