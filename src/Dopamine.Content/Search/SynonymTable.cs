using Dopamine.Content.Text;
namespace Dopamine.Content.Search;

/// <summary>
/// The reader-word groups of synonyms.txt. For a query it says, word by word, which other phrases the word
/// may stand for: in "coffee and dopamine", "coffee" also stands for "caffeine". A phrase of several words
/// ("ice bath") lends its expansions to each of its words.
/// </summary>
internal sealed class SynonymTable
{
    // Phrases are split into words the way queries are ("see-saw" is "see saw"), so they meet query words.
    private readonly List<List<string[]>> _groups;
    // Each phrase under its first word, with its group's position: a query looks only at the phrases its own words
    // can begin, not at every group.
    private readonly Dictionary<string, List<(string[] Phrase, int Group)>> _byFirstWord;
    private readonly HashSet<string> _words;

    public SynonymTable(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        _groups = groups
            .Select(g => g.Select(phrase => Words.Split(phrase).ToArray()).Where(w => w.Length > 0).ToList())
            .ToList();
        _byFirstWord = _groups
            .SelectMany((group, index) => group.Select(phrase => (Phrase: phrase, Group: index)))
            .GroupBy(entry => entry.Phrase[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _words = _groups.SelectMany(g => g).SelectMany(phrase => phrase).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether <paramref name="word"/> is part of any phrase of the table: a word readers use, not a typo.</summary>
    public bool Knows(string word) => _words.Contains(word);

    /// <summary>For each word position of <paramref name="words"/>, the phrases it may also stand for.</summary>
    public List<string>[] Expand(IReadOnlyList<string> words)
    {
        var expansions = words.Select(_ => new List<string>()).ToArray();
        // In the order of the file, as if every group were tried in turn.
        var candidates = words.Distinct().SelectMany(w => _byFirstWord.GetValueOrDefault(w) ?? [])
            .OrderBy(entry => entry.Group).ThenBy(entry => _groups[entry.Group].IndexOf(entry.Phrase));
        foreach (var (phraseWords, groupIndex) in candidates)
        {
            var group = _groups[groupIndex];
            for (var start = IndexOf(words, phraseWords); start >= 0; start = IndexOf(words, phraseWords, start + 1))
            {
                var others = group.Where(other => other != phraseWords).Select(other => string.Join(' ', other));
                for (var i = start; i < start + phraseWords.Length; i++)
                {
                    expansions[i].AddRange(others.Where(other => !expansions[i].Contains(other)));
                }
            }
        }

        return expansions;
    }

    private static int IndexOf(IReadOnlyList<string> words, string[] phrase, int from = 0)
    {
        for (var start = from; start + phrase.Length <= words.Count; start++)
        {
            if (phrase.Select((w, i) => words[start + i] == w).All(match => match))
            {
                return start;
            }
        }

        return -1;
    }
}
