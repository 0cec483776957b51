using Dopamine.Content.Model;

namespace Dopamine.Web.Models;

/// <summary>A theme page and the questions it links to, in the order the theme page lists them.</summary>
public sealed record ThemeSection(Article Topic, IReadOnlyList<Article> Questions)
{
    public static ThemeSection Of(Article topic, ContentSet site) => new(topic,
        topic.OutgoingLinks.Select(link => site.BySlug[link.ToSlug])
            .Where(a => a.Kind == ArticleKind.Question)
            .Distinct()
            .ToList());
}
