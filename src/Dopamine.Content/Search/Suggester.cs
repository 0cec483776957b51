using Dopamine.Content.Model;

namespace Dopamine.Content.Search;

/// <summary>
/// As-you-type suggestions from page titles and aliases, held in memory: every finished word must appear in
/// the title or an alias and the last word must begin one of its words; when nothing matches, words may be
/// one or two edits off (a typo while typing). Shorter titles that match more words come first.
/// </summary>
internal sealed class Suggester(IReadOnlyList<Article> articles)
{
    private readonly List<(string Slug, int TitleLength, HashSet<string> TitleWords, HashSet<string> Words)> _entries = articles
        .Select(a => (a.Slug, a.Title.Length, QueryBuilder.Words(a.Title).ToHashSet(),
            a.Aliases.Prepend(a.Title).SelectMany(QueryBuilder.Words).ToHashSet()))
        .ToList();

    public IReadOnlyList<string> Suggest(string typed, int count)
    {
        var words = QueryBuilder.Words(typed);
        if (words.Count == 0 || count <= 0)
        {
            return [];
        }

        var exact = Rank(words, count, fuzzy: false);
        return exact.Count > 0 ? exact : Rank(words, count, fuzzy: true);
    }

    private List<string> Rank(List<string> words, int count, bool fuzzy) => _entries
        .Where(e => words.Select((w, i) => Matches(e.Words, w, isLast: i == words.Count - 1, fuzzy)).All(m => m))
        .OrderByDescending(e => words.Count(w => e.TitleWords.Any(t => t.StartsWith(w, StringComparison.Ordinal))))
        .ThenBy(e => e.TitleLength)
        .Take(count)
        .Select(e => e.Slug)
        .ToList();

    private static bool Matches(HashSet<string> entryWords, string word, bool isLast, bool fuzzy)
    {
        if (entryWords.Contains(word) || (isLast && entryWords.Any(e => e.StartsWith(word, StringComparison.Ordinal))))
        {
            return true;
        }

        if (!fuzzy)
        {
            return false;
        }

        var allowed = EditDistance.AllowedFor(word);
        // While typing, the last word is compared with the start of each word, as long as what was typed.
        return entryWords.Any(e => EditDistance.Between(word, isLast && e.Length > word.Length ? e[..word.Length] : e, allowed) <= allowed);
    }
}
