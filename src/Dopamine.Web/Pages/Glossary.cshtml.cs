using Dopamine.Content.Snapshots;
using Dopamine.Web.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

public sealed class GlossaryModel(Snapshot snapshot) : PageModel
{
    public IReadOnlyList<GlossaryLetter> Letters { get; private set; } = [];

    public void OnGet() => Letters = GlossaryLetter.Of(snapshot.Content.Glossary);
}
