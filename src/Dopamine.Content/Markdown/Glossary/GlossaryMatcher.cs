using Dopamine.Content.Model;

namespace Dopamine.Content.Markdown.Glossary;

/// <summary>
/// The phrases that stand for each glossary term (its name without a trailing "(ABBR)", and its aliases),
/// longest first so "D1-type receptor" wins over "D1". Built once per load.
/// </summary>
internal sealed class GlossaryMatcher
{
    private readonly List<(string Phrase, GlossaryTerm Term, bool CaseSensitive)> _phrases;

    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms) =>
        _phrases = terms
            .SelectMany(t => Phrases(t).Select(p => (Phrase: p, Term: t, CaseSensitive: IsAbbreviation(p))))
            .Where(p => p.Phrase.Length >= 2)
            .DistinctBy(p => p.Phrase, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Phrase.Length)
            .ToList();

    public static GlossaryMatcher Empty { get; } = new([]);

    /// <summary>The earliest whole-word match in <paramref name="text"/> of a term not yet used on the page.</summary>
    public (int Index, int Length, GlossaryTerm Term)? FirstMatch(ReadOnlySpan<char> text, IReadOnlySet<string> alreadyLinked)
    {
        (int Index, int Length, GlossaryTerm Term)? best = null;
        foreach (var (phrase, term, caseSensitive) in _phrases)
        {
            if (alreadyLinked.Contains(term.Id))
            {
                continue;
            }

            var (index, length) = IndexOfWord(text, phrase, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && (best is null || index < best.Value.Index))
            {
                best = (index, length, term);
            }
        }

        return best;
    }

    // A whole-word match, allowing a plural "s" ("receptors" uses the entry for "receptor").
    private static (int Index, int Length) IndexOfWord(ReadOnlySpan<char> text, string phrase, StringComparison comparison)
    {
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOf(phrase, comparison);
            if (found < 0)
            {
                return (-1, 0);
            }

            var index = from + found;
            var end = index + phrase.Length;
            if (end < text.Length && text[end] == 's')
            {
                end++;
            }

            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return (index, end - index);
            }

            from = index + 1;
        }

        return (-1, 0);
    }

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
