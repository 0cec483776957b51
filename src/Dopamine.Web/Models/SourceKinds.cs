using Dopamine.Content.Model;

namespace Dopamine.Web.Models;

/// <summary>How the sources listing names each kind of source: a heading, and the word used in its <c>?kind=</c> link.</summary>
public static class SourceKinds
{
    public static string Heading(SourceType kind) => kind switch
    {
        SourceType.Episode => "Podcast episodes",
        SourceType.Clip => "Podcast clips",
        SourceType.Paper => "Papers",
        SourceType.Review => "Reviews",
        SourceType.Book => "Books",
        SourceType.Web => "Web pages",
        _ => kind.ToString(),
    };

    /// <summary>The lower-case kind name, <c>paper</c>: the query value and the section's anchor (<c>kind-paper</c>).</summary>
    public static string Key(SourceType kind) => kind.ToString().ToLowerInvariant();

    public static SourceType? Parse(string? key) =>
        Enum.GetValues<SourceType>().Select(k => (SourceType?)k).FirstOrDefault(k => Key(k!.Value) == key?.ToLowerInvariant());
}
