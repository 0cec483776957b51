namespace Dopamine.Content.Model;

/// <summary>Links that open a video at a cited moment, as a podcast clip card should.</summary>
public static class MomentLink
{
    private static readonly HashSet<string> VideoHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "www.youtube.com", "youtube.com", "m.youtube.com", "youtu.be",
    };

    /// <summary>
    /// The link with a start time (<c>t=</c>, in seconds) when it is a YouTube video and the position is a
    /// timestamp; any other link, or a locator that is not a time (a page number), leaves the link as it is.
    /// </summary>
    public static string? At(string? link, string? position)
    {
        if (link is null || !Timestamp.TryParse(position, out var at)
            || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || !VideoHosts.Contains(uri.Host))
        {
            return link;
        }

        return $"{link}{(string.IsNullOrEmpty(uri.Query) ? '?' : '&')}t={(int)at.TotalSeconds}s";
    }
}
