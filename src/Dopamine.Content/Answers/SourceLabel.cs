using System.Globalization;
using Dopamine.Content.Model;

namespace Dopamine.Content.Answers;

/// <summary>The short name of a source beside a numbered marker: "Volkow et al. 2015, Translational Psychiatry".</summary>
public static class SourceLabel
{
    public static string Of(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var who = source.Authors.Count switch
        {
            0 => source.Host ?? source.Show,
            1 => Surname(source.Authors[0]),
            2 => $"{Surname(source.Authors[0])} & {Surname(source.Authors[1])}",
            _ => $"{Surname(source.Authors[0])} et al.",
        };
        var year = source.Year ?? source.Date?.Year;
        var where = source.Journal ?? source.Show ?? source.Publisher;
        var lead = string.Join(' ', new[] { who, year?.ToString(CultureInfo.InvariantCulture) }.Where(p => !string.IsNullOrEmpty(p)));
        var parts = new[] { lead.Length > 0 ? lead : source.Title, where }.Where(p => !string.IsNullOrEmpty(p)).Distinct();
        return string.Join(", ", parts);
    }

    // Authors are written "Surname Initials"; a surname may hold spaces ("van der Meer AB").
    private static string Surname(string author)
    {
        var last = author.LastIndexOf(' ');
        return last > 0 && author[(last + 1)..].All(c => char.IsUpper(c) || c == '-' || c == '.') ? author[..last] : author;
    }
}
