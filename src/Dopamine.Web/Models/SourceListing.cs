using Dopamine.Content.Model;

namespace Dopamine.Web.Models;

/// <summary>
/// <c>/sources</c> as a reader sees it: the sources the filter lets through, grouped by kind, and the choices each
/// filter offers (counted over every source, so a choice never vanishes when another filter is set).
/// </summary>
public sealed record SourceListing(
    SourceFilter Filter,
    int Total,
    IReadOnlyList<IGrouping<SourceType, Source>> ByKind,
    IReadOnlyList<(SourceType Kind, int Count)> Kinds,
    IReadOnlyList<int> Decades,
    IReadOnlyList<ThemeSection> Themes)
{
    public int Shown => ByKind.Sum(group => group.Count());

    public static SourceListing Build(ContentSet site, ThemeOutline outline, SourceFilter filter)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(filter);
        var all = site.Sources.Values.ToList();
        var citedByTheme = filter.Theme is null ? null : CitedBy(outline.Themes.First(t => t.Topic.Slug == filter.Theme));
        var shown = all
            .Where(s => filter.Kind is null || s.Type == filter.Kind)
            .Where(s => filter.Decade is null || (YearOf(s, site) is { } year && SourceFilter.DecadeOf(year) == filter.Decade))
            .Where(s => citedByTheme is null || citedByTheme.Contains(s.Id))
            .OrderBy(s => s.Type).ThenBy(s => s.Authors.Count > 0 ? s.Authors[0] : s.Title, StringComparer.OrdinalIgnoreCase)
            .GroupBy(s => s.Type).ToList();
        return new SourceListing(filter, all.Count, shown,
            [.. all.GroupBy(s => s.Type).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))],
            [.. all.Select(s => YearOf(s, site)).OfType<int>().Select(SourceFilter.DecadeOf).Distinct().Order()],
            outline.Themes);
    }

    // A clip carries no date of its own: it is as old as its episode.
    private static int? YearOf(Source source, ContentSet site) =>
        source.DisplayYear ?? (source.Episode is { } id ? site.Sources.GetValueOrDefault(id)?.DisplayYear : null);

    // A theme cites what its own page cites and what the questions under it cite.
    private static HashSet<string> CitedBy(ThemeSection theme) =>
        [.. theme.Questions.Prepend(theme.Topic).SelectMany(a => a.Citations).Select(c => c.Source.Id)];
}
