namespace Dopamine.Content.Text;

/// <summary>
/// The one rule for what a word is, shared by the search index's query side, the spelling words, the glossary matcher
/// and the term marker: a run of letters and digits, with an apostrophe inside it when a letter follows ("don't",
/// "parkinson's"). Scanned by hand over spans: a regular expression over every page's text took seconds at 10,000 pages.
/// </summary>
public static class Words
{
    /// <summary>
    /// The next word of <paramref name="text"/> at or after <paramref name="from"/>, as its start and length; null when
    /// there is none.
    /// </summary>
    public static (int Start, int Length)? Next(ReadOnlySpan<char> text, int from)
    {
        var start = from;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return null;
        }

        var end = start;
        while (end < text.Length)
        {
            if (char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
            else if (IsApostrophe(text[end]) && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return (start, end - start);
    }

    /// <summary>The words of <paramref name="text"/>, lower-case, in order (repeats kept).</summary>
    public static List<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        for (var word = Next(text, 0); word is var (start, length); word = Next(text, start + length))
        {
            words.Add(text.Substring(start, length).ToLowerInvariant());
        }

        return words;
    }

    /// <summary>
    /// The word without a possessive "'s" ("parkinson's" as "parkinson"); the word itself when it has no apostrophe;
    /// empty when it holds any other apostrophe ("don't"), which no dictionary of plain words should offer.
    /// </summary>
    public static ReadOnlySpan<char> Plain(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe < 0)
        {
            return word;
        }

        return apostrophe == word.Length - 2 && word[^1] is 's' or 'S' ? word[..apostrophe] : [];
    }

    /// <summary>The leading letters and digits of a word, before any apostrophe.</summary>
    public static ReadOnlySpan<char> Letters(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe < 0 ? word : word[..apostrophe];
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
