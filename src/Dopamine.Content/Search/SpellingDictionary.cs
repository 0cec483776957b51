using Lucene.Net.Index;

namespace Dopamine.Content.Search;

/// <summary>
/// "Did you mean": the index's own words (field <see cref="SearchFields.Words"/>, as written) and how many pages
/// use each. A word the index lacks is replaced by the closest indexed word within one edit for words of up to
/// five letters and two edits beyond, preferring the word more pages use.
/// </summary>
internal sealed class SpellingDictionary
{
    private readonly Dictionary<string, int> _pagesUsing;

    public SpellingDictionary(IndexReader reader)
    {
        _pagesUsing = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, SearchFields.Words);
        if (terms is null)
        {
            return;
        }

        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            // "parkinson's" is offered as "parkinson": a correction should be a plain word.
            var word = e.Term.Utf8ToString();
            word = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
            if (word.Length > 0 && word.All(char.IsLetter))
            {
                _pagesUsing[word] = Math.Max(e.DocFreq, _pagesUsing.GetValueOrDefault(word));
            }
        }
    }

    /// <summary>The word if the index has it; its closest indexed neighbour if not; null if none is close.</summary>
    public string? Correct(string word)
    {
        if (_pagesUsing.ContainsKey(word) || !word.All(char.IsLetter))
        {
            return word;
        }

        var maxEdits = word.Length <= 5 ? 1 : 2;
        return _pagesUsing
            .Where(candidate => Math.Abs(candidate.Key.Length - word.Length) <= maxEdits)
            .Select(candidate => (Word: candidate.Key, Pages: candidate.Value, Edits: Distance(word, candidate.Key, maxEdits)))
            .Where(c => c.Edits <= maxEdits)
            .OrderBy(c => c.Edits).ThenByDescending(c => c.Pages).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    // Optimal string alignment distance (adjacent swaps count as one edit), giving up past the limit.
    private static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
