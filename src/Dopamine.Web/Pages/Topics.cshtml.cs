using Dopamine.Content.Snapshots;
using Dopamine.Web.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

/// <summary><c>/topics</c>: the themes in reading order with their short answers, the "Themes" of every breadcrumb.</summary>
public sealed class TopicsModel(Snapshot snapshot) : PageModel
{
    public ThemeOutline Outline { get; private set; } = null!;

    public void OnGet() => Outline = ThemeOutline.Of(snapshot.Content);
}
