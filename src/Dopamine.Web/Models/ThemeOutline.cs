using Dopamine.Content.Model;

namespace Dopamine.Web.Models;

/// <summary>
/// The site's themes in reading order, each with the questions its theme page links to, and the questions no theme
/// page lists. The home page, <c>/questions</c>, <c>/topics</c> and every breadcrumb read this one outline, so a
/// question sits under the same theme wherever a reader meets it.
/// </summary>
public sealed record ThemeOutline(IReadOnlyList<ThemeSection> Themes, IReadOnlyList<Article> OtherQuestions)
{
    /// <summary>Themes in the home page's "start here" order first, then the rest in content order.</summary>
    public static ThemeOutline Of(ContentSet site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var startHere = site.Home.StartHere.Select(slug => site.BySlug[slug]);
        var themes = startHere.Concat(site.Articles).Where(a => a.Kind == ArticleKind.Topic).Distinct()
            .Select(topic => ThemeSection.Of(topic, site)).ToList();
        var grouped = themes.SelectMany(t => t.Questions).ToHashSet();
        var others = site.Articles.Where(a => a.Kind == ArticleKind.Question && !grouped.Contains(a)).ToList();
        return new ThemeOutline(themes, others);
    }

    /// <summary>
    /// The theme a question belongs to: the first theme, in reading order, whose page lists it; null for a theme
    /// page itself or a question no theme page links to.
    /// </summary>
    public Article? ThemeOf(Article question) =>
        Themes.FirstOrDefault(theme => theme.Questions.Contains(question))?.Topic;
}
