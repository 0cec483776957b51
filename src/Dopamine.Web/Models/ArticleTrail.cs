using Dopamine.Content.Model;

namespace Dopamine.Web.Models;

/// <summary>
/// The breadcrumb above an article, Home › Questions › its theme (or Home › Themes), as name and path pairs. The
/// visible trail and the JSON-LD BreadcrumbList both come from here, so they cannot disagree.
/// </summary>
public static class ArticleTrail
{
    public static IReadOnlyList<(string Name, string Path)> Above(Article article, ThemeOutline outline)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(outline);
        if (article.Kind == ArticleKind.Topic)
        {
            return [("Home", "/"), ("Themes", "/topics")];
        }

        return outline.ThemeOf(article) is { } theme
            ? [("Home", "/"), ("Questions", "/questions"), (theme.Title, theme.Url)]
            : [("Home", "/"), ("Questions", "/questions")];
    }
}
