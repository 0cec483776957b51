using System.Globalization;

namespace Dopamine.Content.Model;

/// <summary>Podcast positions written as <c>m:ss</c>, <c>mm:ss</c> or <c>h:mm:ss</c>.</summary>
public static class Timestamp
{
    private static readonly string[] Formats = [@"m\:ss", @"mm\:ss", @"h\:mm\:ss", @"hh\:mm\:ss"];

    /// <summary>Reads a position; false for anything else (a page number, say).</summary>
    public static bool TryParse(string? text, out TimeSpan position) =>
        TimeSpan.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, out position);
}
