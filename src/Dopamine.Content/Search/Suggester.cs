using Dopamine.Content.Text;
using System.Runtime.InteropServices;
using Dopamine.Content.Model;

namespace Dopamine.Content.Search;

/// <summary>
/// As-you-type suggestions from page titles and aliases, held in memory: every finished word must appear in
/// the title or an alias and the last word must begin one of its words; when nothing matches, words may be
/// one or two edits off (a typo while typing). Shorter titles that match more words come first.
/// A sorted word list maps each word to the pages using it, so a suggestion costs a few look-ups, not a scan of
/// every page.
/// </summary>
internal sealed class Suggester
{
    // One per page, in the pages' order, with the title and aliases it was built from.
    private readonly List<Entry> _entries;
    // Every title and alias word, sorted, so the words a prefix begins are one contiguous range.
    private readonly string[] _words;
    // Parallel to _words: the entries using each word, in entry order.
    private readonly int[][] _entriesUsing;

    /// <summary>The previous suggester if every page's title and aliases are as they were (an edit of a body), else a new one.</summary>
    public static Suggester For(IReadOnlyList<Article> articles, Suggester? previous) =>
        previous is not null && previous.BuiltFrom(articles) ? previous : new Suggester(articles, previous);

    private bool BuiltFrom(IReadOnlyList<Article> articles) =>
        _entries.Count == articles.Count && _entries.Select((e, i) => e.Slug == articles[i].Slug && e.IsOf(articles[i])).All(same => same);

    private Suggester(IReadOnlyList<Article> articles, Suggester? previous)
    {
        // A retitled page changes its own entry only: every other page's words are taken from the previous suggester,
        // as splitting 10,000 titles into words again was most of a reload's index update.
        var before = previous?._entries.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        _entries = articles
            .Select(a => before is not null && before.TryGetValue(a.Slug, out var kept) && kept.IsOf(a) ? kept : Entry.Of(a))
            .ToList();
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Count; i++)
        {
            foreach (var word in _entries[i].Words)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(byWord, word, out _) ??= []).Add(i);
            }
        }

        _words = [.. byWord.Keys];
        Array.Sort(_words, StringComparer.Ordinal);
        _entriesUsing = [.. _words.Select(word => byWord[word].ToArray())];
    }

    public IReadOnlyList<string> Suggest(string typed, int count)
    {
        var words = Words.Split(typed);
        if (words.Count == 0 || count <= 0)
        {
            return [];
        }

        var exact = Rank(words, count, fuzzy: false);
        return exact.Count > 0 ? exact : Rank(words, count, fuzzy: true);
    }

    private List<string> Rank(List<string> words, int count, bool fuzzy)
    {
        HashSet<int>? candidates = null;
        for (var i = 0; i < words.Count && candidates is not { Count: 0 }; i++)
        {
            var matching = EntriesMatching(words[i], isLast: i == words.Count - 1, fuzzy);
            if (candidates is null)
            {
                candidates = matching;
            }
            else
            {
                candidates.IntersectWith(matching);
            }
        }

        // Ties keep the pages' own order (themes first, then by title), whatever order the set gives.
        return (candidates ?? [])
            .Order()
            .Select(i => _entries[i])
            .OrderByDescending(e => words.Count(w => e.TitleWords.Any(t => t.StartsWith(w, StringComparison.Ordinal))))
            .ThenBy(e => e.Title.Length)
            .Take(count)
            .Select(e => e.Slug)
            .ToList();
    }

    // The entries with a word equal to the typed one or, for the last word, beginning with it; with fuzzy, also
    // words a typo or two away (the last word compared with as many letters of each word as were typed).
    private HashSet<int> EntriesMatching(string word, bool isLast, bool fuzzy)
    {
        var found = new HashSet<int>();
        if (!fuzzy)
        {
            var (from, to) = isLast ? PrefixRange(word) : ExactRange(word);
            for (var w = from; w < to; w++)
            {
                found.UnionWith(_entriesUsing[w]);
            }

            return found;
        }

        var allowed = EditDistance.AllowedFor(word);
        for (var w = 0; w < _words.Length; w++)
        {
            var candidate = _words[w].AsSpan();
            var compared = isLast && candidate.Length > word.Length ? candidate[..word.Length] : candidate;
            if (Math.Abs(compared.Length - word.Length) <= allowed && EditDistance.Between(word, compared, allowed) <= allowed)
            {
                found.UnionWith(_entriesUsing[w]);
            }
        }

        return found;
    }

    private (int From, int To) ExactRange(string word)
    {
        var at = Array.BinarySearch(_words, word, StringComparer.Ordinal);
        return at >= 0 ? (at, at + 1) : (0, 0);
    }

    private (int From, int To) PrefixRange(string prefix)
    {
        var from = Array.BinarySearch(_words, prefix, StringComparer.Ordinal);
        from = from >= 0 ? from : ~from;
        var to = from;
        while (to < _words.Length && _words[to].StartsWith(prefix, StringComparison.Ordinal))
        {
            to++;
        }

        return (from, to);
    }

    private sealed record Entry(string Slug, string Title, IReadOnlyList<string> Aliases, HashSet<string> TitleWords, HashSet<string> Words)
    {
        public static Entry Of(Article article) =>
            new(article.Slug, article.Title, article.Aliases, Text.Words.Split(article.Title).ToHashSet(),
                article.Aliases.Prepend(article.Title).SelectMany(Text.Words.Split).ToHashSet());

        /// <summary>True when the page's title and aliases are those this entry was built from.</summary>
        public bool IsOf(Article article) => Title == article.Title && Aliases.SequenceEqual(article.Aliases);
    }
}
