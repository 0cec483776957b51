using Dopamine.Content.Model;

namespace Dopamine.Web.Models;

/// <summary>The glossary terms under one letter; <see cref="Others"/> holds terms that start with no letter A–Z ("5-HT").</summary>
public sealed record GlossaryLetter(char Letter, IReadOnlyList<GlossaryTerm> Terms)
{
    public const char Others = '#';

    /// <summary>The anchor the jump list links to, e.g. <c>letter-d</c> (<c>letter-other</c> for <see cref="Others"/>).</summary>
    public string Anchor => Letter == Others ? "letter-other" : $"letter-{char.ToLowerInvariant(Letter)}";

    /// <summary>The terms grouped by first letter, A to Z and then the rest, each group in alphabetical order.</summary>
    public static IReadOnlyList<GlossaryLetter> Of(IEnumerable<GlossaryTerm> terms) =>
        terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .GroupBy(t => LetterOf(t.Term))
            .OrderBy(group => group.Key == Others ? 1 : 0).ThenBy(group => group.Key)
            .Select(group => new GlossaryLetter(group.Key, group.ToList()))
            .ToList();

    private static char LetterOf(string term) =>
        term.Length > 0 && char.ToUpperInvariant(term[0]) is >= 'A' and <= 'Z' and var letter ? letter : Others;
}
