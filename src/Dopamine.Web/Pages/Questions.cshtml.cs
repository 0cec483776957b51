using Dopamine.Content.Snapshots;
using Dopamine.Web.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

/// <summary><c>/questions</c>: every question under its theme, the same grouping the home page and breadcrumbs use.</summary>
public sealed class QuestionsModel(Snapshot snapshot) : PageModel
{
    public ThemeOutline Outline { get; private set; } = null!;

    public void OnGet() => Outline = ThemeOutline.Of(snapshot.Content);
}
