using System.Text;

namespace Dopamine.Content.Text;

/// <summary>
/// Marks a search's words in HTML the site rendered: a page when the reader arrives from a result, a passage of an
/// answer. Only text between tags is touched; a word (by <see cref="Words"/>) is marked when it starts with the stem
/// of a searched word ("stimulants" for "stimulant").
/// </summary>
public static class TermMarker
{
    private const int MinStemLength = 3;

    /// <summary>The HTML with each word starting with one of <paramref name="stems"/> wrapped in <c>&lt;mark&gt;</c>.</summary>
    public static string Mark(string html, IReadOnlyCollection<string> stems)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(stems);
        var usable = stems.Where(s => s.Length >= MinStemLength).ToList();
        if (usable.Count == 0)
        {
            return html;
        }

        var marked = new StringBuilder(html.Length + 64);
        var at = 0;
        while (at < html.Length)
        {
            // Our HTML is well formed and encodes every '<' in text, so text runs from a '>' to the next '<'.
            var tag = html.IndexOf('<', at);
            var textEnd = tag < 0 ? html.Length : tag;
            MarkText(html.AsSpan(at, textEnd - at), usable, marked);
            if (tag < 0)
            {
                break;
            }

            var close = html.IndexOf('>', tag);
            var tagEnd = close < 0 ? html.Length : close + 1;
            marked.Append(html.AsSpan(tag, tagEnd - tag));
            at = tagEnd;
        }

        return marked.ToString();
    }

    private static void MarkText(ReadOnlySpan<char> text, List<string> stems, StringBuilder marked)
    {
        var copied = 0;
        for (var next = Words.Next(text, 0); next is var (start, length); next = Words.Next(text, start + length))
        {
            var word = text.Slice(start, length);
            // "&amp;" holds the word "amp": an entity's name is not the reader's word.
            var isEntity = start > 0 && text[start - 1] == '&';
            if (isEntity || !Matches(word, stems))
            {
                continue;
            }

            marked.Append(text[copied..start]).Append("<mark>").Append(word).Append("</mark>");
            copied = start + length;
        }

        marked.Append(text[copied..]);
    }

    /// <summary>Whether <paramref name="word"/> is one the marker marks: it starts with a searched stem long enough to mean something.</summary>
    public static bool Matches(ReadOnlySpan<char> word, IEnumerable<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        foreach (var stem in stems)
        {
            if (stem.Length >= MinStemLength && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
