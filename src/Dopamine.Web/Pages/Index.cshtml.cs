using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

public sealed class IndexModel(ContentStore store) : PageModel
{
    public ContentSet Site { get; private set; } = null!;
    public IReadOnlyList<Article> StartHere { get; private set; } = [];
    public IReadOnlyList<Article> Themes { get; private set; } = [];
    public IReadOnlyList<Article> Questions { get; private set; } = [];

    public void OnGet()
    {
        Site = store.Current.Content;
        StartHere = Site.Home.StartHere.Select(slug => Site.BySlug[slug]).ToList();
        Themes = StartHere.Where(a => a.Kind == ArticleKind.Topic)
            .Concat(Site.Articles.Where(a => a.Kind == ArticleKind.Topic)).Distinct().ToList();
        Questions = Site.Articles.Where(a => a.Kind == ArticleKind.Question).ToList();
    }
}
