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
}
