using Dopamine.Content.Model;
using Dopamine.Content.Text;

namespace Dopamine.Content.Markdown.Glossary;

/// <summary>
/// The phrases that stand for each glossary term (its name without a trailing "(ABBR)", and its aliases),
/// longest first so "D1-type receptor" wins over "D1". Built once per load.
/// </summary>
internal sealed class GlossaryMatcher
{
    // Each phrase filed under its first word (in any case), longest phrase first: a page's text is read word by
    // word and only the phrases that could start at a word are tried there, instead of searching the whole text
    // for every phrase (which made glossary linking most of a page's load time). Looked up by the text's own
    // words as spans, so reading a page makes no string per word.
    private readonly Dictionary<string, List<(string Phrase, GlossaryTerm Term, bool CaseSensitive)>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms) =>
        _byFirstWord = terms
            .SelectMany(t => Phrases(t).Select(p => (Phrase: p, Term: t, CaseSensitive: IsAbbreviation(p))))
            .Where(p => p.Phrase.Length >= 2 && char.IsLetterOrDigit(p.Phrase[0]))
            .DistinctBy(p => p.Phrase, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Phrase.Length)
            .GroupBy(p => FirstWord(p.Phrase).ToString(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static GlossaryMatcher Empty { get; } = new([]);

    /// <summary>The earliest whole-word match in <paramref name="text"/> of a term not yet used on the page.</summary>
    public (int Index, int Length, GlossaryTerm Term)? FirstMatch(ReadOnlySpan<char> text, IReadOnlySet<string> alreadyLinked)
    {
        for (var next = Words.Next(text, 0); next is var (start, length); next = Words.Next(text, start + length))
        {
            // Phrases are filed under their first word's letters, so "dopamine's" is looked up as "dopamine".
            var word = Words.Letters(text.Slice(start, length));
            // "receptors" may be the plural of the one-word phrase "receptor".
            var match = LongestAt(text, start, word, alreadyLinked)
                ?? (word.Length > 2 && word[^1] is 's' or 'S' ? LongestAt(text, start, word[..^1], alreadyLinked) : null);
            if (match is { } found)
            {
                return (start, found.Length, found.Term);
            }
        }

        return null;
    }

    private (int Length, GlossaryTerm Term)? LongestAt(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> firstWord,
        IReadOnlySet<string> alreadyLinked)
    {
        if (!_byFirstWord.TryGetValue(firstWord, out var candidates))
        {
            return null;
        }

        foreach (var (phrase, term, caseSensitive) in candidates)
        {
            if (!alreadyLinked.Contains(term.Id)
                && MatchLengthAt(text, start, phrase, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) is { } length)
            {
                return (length, term);
            }
        }

        return null;
    }

    // The phrase as a whole word at this position, allowing a plural "s" ("receptors" uses the entry for "receptor").
    private static int? MatchLengthAt(ReadOnlySpan<char> text, int start, string phrase, StringComparison comparison)
    {
        if (start + phrase.Length > text.Length || !text.Slice(start, phrase.Length).Equals(phrase, comparison))
        {
            return null;
        }

        var end = start + phrase.Length;
        if (end < text.Length && text[end] == 's')
        {
            end++;
        }

        return end == text.Length || !char.IsLetterOrDigit(text[end]) ? end - start : null;
    }

    private static ReadOnlySpan<char> FirstWord(string phrase) =>
        Words.Next(phrase, 0) is var (start, length) ? Words.Letters(phrase.AsSpan(start, length)) : [];

    private static IEnumerable<string> Phrases(GlossaryTerm term)
    {
        var name = term.Term;
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        yield return (paren > 0 ? name[..paren] : name).Trim();
        foreach (var alias in term.Aliases)
        {
            yield return alias.Trim();
        }
    }

    // "VTA" or "NAc" must match as written; "nucleus accumbens" matches in any case.
    private static bool IsAbbreviation(string phrase) => phrase.Count(char.IsUpper) >= 2 && !phrase.Contains(' ', StringComparison.Ordinal);
}
