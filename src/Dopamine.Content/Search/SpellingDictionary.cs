using Dopamine.Content.Model;

namespace Dopamine.Content.Search;

/// <summary>
/// "Did you mean": every word the pages use, as written, and how many pages use each. A word the pages lack is
/// replaced by the closest known word within one edit for words of up to five letters and two edits beyond,
/// preferring the word more pages use. Kept beside the index rather than in it: a Lucene field of every page's
/// words made indexing half as slow again, while counting them here costs a split of each page's text.
/// Immutable; a reload makes a new one from the previous by taking out the words of the pages it replaces.
/// </summary>
internal sealed class SpellingDictionary
{
    private readonly Dictionary<string, int> _pagesUsing;

    private SpellingDictionary(Dictionary<string, int> pagesUsing) => _pagesUsing = pagesUsing;

    /// <summary>The words of every page.</summary>
    public static SpellingDictionary Of(IReadOnlyList<Article> articles) => new SpellingDictionary([]).With([], articles);

    /// <summary>This dictionary without the words of <paramref name="removed"/> pages and with those of <paramref name="added"/>.</summary>
    public SpellingDictionary With(IReadOnlyList<Article> removed, IReadOnlyList<Article> added)
    {
        var pagesUsing = new Dictionary<string, int>(_pagesUsing, StringComparer.Ordinal);
        foreach (var words in WordsOfEach(removed))
        {
            foreach (var word in words)
            {
                if (--pagesUsing[word] == 0)
                {
                    pagesUsing.Remove(word);
                }
            }
        }

        foreach (var words in WordsOfEach(added))
        {
            foreach (var word in words)
            {
                pagesUsing[word] = pagesUsing.GetValueOrDefault(word) + 1;
            }
        }

        return new SpellingDictionary(pagesUsing);
    }

    /// <summary>The word if the pages use it; its closest known neighbour if not; null if none is close.</summary>
    public string? Correct(string word)
    {
        // Words of one or two letters have too many neighbours for a guess to mean anything.
        if (_pagesUsing.ContainsKey(word) || word.Length <= 2 || !word.All(char.IsLetter))
        {
            return word;
        }

        var maxEdits = EditDistance.AllowedFor(word);
        return _pagesUsing
            .Where(candidate => Math.Abs(candidate.Key.Length - word.Length) <= maxEdits)
            .Select(candidate => (Word: candidate.Key, Pages: candidate.Value, Edits: EditDistance.Between(word, candidate.Key, maxEdits)))
            .Where(c => c.Edits <= maxEdits)
            .OrderBy(c => c.Edits).ThenByDescending(c => c.Pages).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    // Each page's distinct words, worked out side by side: at 10,000 pages this is a pass over 60 MB of text.
    private static HashSet<string>[] WordsOfEach(IReadOnlyList<Article> articles)
    {
        var words = new HashSet<string>[articles.Count];
        Parallel.For(0, articles.Count, i => words[i] = WordsOf(articles[i]));
        return words;
    }

    // Split as a reader's query is (QueryBuilder.Words: letters and digits, with apostrophes inside a word), keeping
    // only plain words ("parkinson's" as "parkinson"; nothing with a digit or another apostrophe). Scanned by hand:
    // a regular expression over every page's text took seconds at 10,000 pages.
    private static HashSet<string> WordsOf(Article article)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var known = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        foreach (var text in article.Aliases.Prepend(article.BodyText).Prepend(article.Summary).Prepend(article.Title))
        {
            var rest = text.AsSpan();
            for (var word = NextWord(ref rest); !word.IsEmpty; word = NextWord(ref rest))
            {
                if (word.Length > lower.Length)
                {
                    continue;   // no word worth offering is this long
                }

                var length = word.ToLowerInvariant(lower);
                if (!known.Contains(lower[..length]))
                {
                    known.Add(lower[..length]);
                }
            }
        }

        return words;
    }

    // The next plain word of the text, advancing past it; empty at the end. Tokens that are not plain are skipped.
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> text)
    {
        while (true)
        {
            var start = 0;
            while (start < text.Length && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            if (start == text.Length)
            {
                text = [];
                return [];
            }

            var end = start;
            var plain = true;
            var letters = -1;
            while (end < text.Length)
            {
                if (char.IsLetter(text[end]))
                {
                    end++;
                }
                else if (char.IsDigit(text[end]))
                {
                    plain = false;
                    end++;
                }
                else if (text[end] is '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
                {
                    // An apostrophe inside a word: "'s" at its end is dropped, anything else makes it not plain.
                    letters = letters < 0 ? end : letters;
                    var after = end + 1;
                    while (after < text.Length && char.IsLetter(text[after]))
                    {
                        after++;
                    }

                    plain &= after - end == 2 && text[end + 1] is 's' or 'S' && (after == text.Length || !IsWordChar(text, after));
                    end = after;
                }
                else
                {
                    break;
                }
            }

            var word = text[start..(letters < 0 ? end : letters)];
            text = text[end..];
            if (plain)
            {
                return word;
            }
        }
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int at) =>
        char.IsLetterOrDigit(text[at]) || (text[at] is '\'' or '’' && at + 1 < text.Length && char.IsLetter(text[at + 1]));
}
