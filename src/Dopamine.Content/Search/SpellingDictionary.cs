using Dopamine.Content.Model;
using Dopamine.Content.Text;

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

    // Split by the site's one word rule (Text.Words), keeping only plain words ("parkinson's" as "parkinson"; nothing
    // with a digit or another apostrophe).
    private static HashSet<string> WordsOf(Article article)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var known = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        foreach (var text in article.Aliases.Prepend(article.BodyText).Prepend(article.Summary).Prepend(article.Title))
        {
            for (var next = Words.Next(text, 0); next is var (start, length); next = Words.Next(text, start + length))
            {
                var word = Words.Plain(text.AsSpan(start, length));
                if (word.IsEmpty || word.Length > lower.Length || word.ContainsAnyInRange('0', '9'))
                {
                    continue;   // not a plain word, or none worth offering is this long
                }

                var lowered = word.ToLowerInvariant(lower);
                if (!known.Contains(lower[..lowered]))
                {
                    known.Add(lower[..lowered]);
                }
            }
        }

        return words;
    }
}
