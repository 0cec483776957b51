using Dopamine.Content.Model;
using Dopamine.Content.Snapshots;
using Dopamine.Web.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dopamine.Web.Pages;

public sealed class IndexModel(Snapshot snapshot) : PageModel
{
    public ContentSet Site { get; private set; } = null!;
    public IReadOnlyList<Article> StartHere { get; private set; } = [];
    public IReadOnlyList<ThemeSection> Themes { get; private set; } = [];
    public IReadOnlyList<Article> OtherQuestions { get; private set; } = [];

    public void OnGet()
    {
        Site = snapshot.Content;
        StartHere = Site.Home.StartHere.Select(slug => Site.BySlug[slug]).ToList();
        var topics = StartHere.Where(a => a.Kind == ArticleKind.Topic)
            .Concat(Site.Articles.Where(a => a.Kind == ArticleKind.Topic)).Distinct();
        Themes = topics.Select(topic => ThemeSection.Of(topic, Site)).ToList();
        var grouped = Themes.SelectMany(t => t.Questions).ToHashSet();
        OtherQuestions = Site.Articles.Where(a => a.Kind == ArticleKind.Question && !grouped.Contains(a)).ToList();
    }
}
