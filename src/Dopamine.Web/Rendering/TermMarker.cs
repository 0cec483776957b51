using System.Text.RegularExpressions;

namespace Dopamine.Web.Rendering;

/// <summary>
/// Marks a search's words in a page's pre-rendered HTML when the reader arrives from a result, so they can
/// see why the page matched. Only text between tags is touched; a word is marked when it starts with the
/// stem of a searched word ("stimulants" for "stimulant").
/// </summary>
internal static partial class TermMarker
{
    private const int MinStemLength = 3;

    public static string Mark(string html, IReadOnlyList<string> stems)
    {
        var usable = stems.Where(s => s.Length >= MinStemLength).ToList();
        if (usable.Count == 0)
        {
            return html;
        }

        return TagOrText().Replace(html, segment => segment.Value.StartsWith('<')
            ? segment.Value
            : Word().Replace(segment.Value, word =>
                word.Index > 0 && segment.Value[word.Index - 1] == '&'
                || !usable.Any(stem => word.Value.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                    ? word.Value
                    : $"<mark>{word.Value}</mark>"));
    }

    [GeneratedRegex("<[^>]*>|[^<]+")]
    private static partial Regex TagOrText();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();
}
