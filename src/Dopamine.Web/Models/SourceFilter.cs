using Dopamine.Content.Model;
using Microsoft.AspNetCore.Http;

namespace Dopamine.Web.Models;

/// <summary>
/// What <c>/sources</c> is narrowed to: a kind, a decade, a theme. Plain query links (<c>?kind=paper&amp;decade=2010</c>)
/// so it works without JavaScript and every filtered view has its own address. A value that names nothing is ignored.
/// </summary>
public sealed record SourceFilter(SourceType? Kind, int? Decade, string? Theme)
{
    public static SourceFilter Parse(string? kind, int? decade, string? theme, ThemeOutline outline) => new(
        SourceKinds.Parse(kind),
        decade is >= 1000 and <= 9990 && decade % 10 == 0 ? decade : null,
        outline.Themes.Any(t => t.Topic.Slug == theme) ? theme : null);

    public bool IsEmpty => Kind is null && Decade is null && Theme is null;

    /// <summary>The decade a year falls in: 1997 → 1990.</summary>
    public static int DecadeOf(int year) => year - (year % 10);

    /// <summary>The address of this filter with one part changed (null clears it), the others kept.</summary>
    public string Link(SourceFilter changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var query = QueryString.Empty;
        if (changed.Kind is { } kind) { query = query.Add("kind", SourceKinds.Key(kind)); }
        if (changed.Decade is { } decade) { query = query.Add("decade", decade.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
        if (changed.Theme is { } theme) { query = query.Add("theme", theme); }
        return "/sources" + query;
    }
}
