using System.Text.RegularExpressions;
using Dopamine.Content.Text;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Dopamine.Content.Search;

/// <summary>
/// Turns what a reader typed into a Lucene query over a set of weighted fields. Plain words rank pages that
/// match every word (or its synonym) first, then pages matching some; words in sequence earn a phrase bonus;
/// the last word also matches as a prefix while typing. Input using Lucene syntax (quotes, field:, *, AND)
/// is parsed as such, and when that syntax is invalid it is searched as plain words.
/// </summary>
internal sealed partial class QueryBuilder(IReadOnlyDictionary<string, float> fields, SynonymTable synonyms)
{
    // Tuned on the search-quality benchmark (tests/search-quality); see SearchFields.Boosts for the fields.
    private const float AllWordsBoost = 3f;
    private const float PhraseBoost = 2f;
    private const float SynonymWeight = 0.8f;
    private const float PrefixWeight = 0.5f;
    private const float FieldTieBreaker = 0.2f;
    private const int MinPrefixLength = 3;
    // Each fuzzy, wildcard, prefix or range term expands against the whole index in every field, and again in
    // every snippet: twenty of them ("reward~ reward~ ...") cost seconds. More than this many are searched as words.
    private const int MaxExpandingTerms = 4;

    // Phrase and prefix clauses are the costly ones; they only run on the fields where they pay off.
    private static readonly HashSet<string> PhraseFields = [SearchFields.Title, SearchFields.Aliases, SearchFields.Summary, SearchFields.Body, SearchFields.Text];
    private static readonly HashSet<string> PrefixFields = [SearchFields.Title, SearchFields.Aliases, SearchFields.Summary, SearchFields.Headings, SearchFields.Text];

    public QueryPlan Build(string input, bool prefixLastWord)
    {
        // The endpoints refuse longer queries; input that reaches here longer (the words of a 404 address, say) is
        // cut, so thousands of words can never exceed Lucene's clause limit.
        input = input.Length > SearchQuery.MaxLength ? input[..SearchQuery.MaxLength] : input;
        // A contraction is one word ("don't"), not "don" and a stray "t" for spelling correction to "fix".
        var words = Words.Split(input);
        if (words.Count == 0)
        {
            return new QueryPlan(null, [], OnlyStopWords: false, [], []);
        }

        if (LooksLikeSyntax(input) && ParseSyntax(input) is { } parsed && ExpandingTerms(parsed) <= MaxExpandingTerms * fields.Count)
        {
            var empty = parsed is BooleanQuery { Clauses.Count: 0 };
            return new QueryPlan(empty ? null : parsed, words, OnlyStopWords: empty, Analyzers.Tokens(Analyzers.English, input).ToHashSet(), []);
        }

        var expansions = synonyms.Expand(words);
        var terms = expansions.SelectMany(e => e).SelectMany(phrase => Analyzers.Tokens(Analyzers.English, phrase)).ToHashSet();
        var clauses = new List<(string Word, Query Clause)>();
        var stems = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var wordStems = Analyzers.Tokens(Analyzers.English, words[i]);
            stems.AddRange(wordStems);
            terms.UnionWith(wordStems);
            var alternatives = wordStems.Select(AcrossFields)
                .Concat(expansions[i].Select(phrase => Weighted(PhraseAcrossFields(phrase), SynonymWeight)))
                .ToList();
            if (prefixLastWord && i == words.Count - 1 && words[i].Length >= MinPrefixLength)
            {
                var prefixes = fields.Where(f => PrefixFields.Contains(f.Key)).Select(f => Weighted(new PrefixQuery(new Term(f.Key, words[i])), f.Value));
                alternatives.Add(Weighted(Disjunction(prefixes), PrefixWeight));
            }

            if (alternatives.Count > 0)
            {
                clauses.Add((words[i], Disjunction(alternatives)));
            }
        }

        return clauses.Count == 0
            ? new QueryPlan(null, words, OnlyStopWords: true, [], [])
            : new QueryPlan(Combine(clauses.Select(c => c.Clause).ToList(), stems), words, OnlyStopWords: false, terms, clauses);
    }

    private BooleanQuery Combine(List<Query> clauses, List<string> stems)
    {
        var any = new BooleanQuery();
        clauses.ForEach(c => any.Add(c, Occur.SHOULD));
        if (clauses.Count == 1)
        {
            return any;
        }

        var all = new BooleanQuery { Boost = AllWordsBoost };
        clauses.ForEach(c => all.Add(c, Occur.MUST));
        var root = new BooleanQuery { { any, Occur.SHOULD }, { all, Occur.SHOULD } };
        if (stems.Count > 1)
        {
            root.Add(Weighted(Phrase(stems), PhraseBoost), Occur.SHOULD);
        }

        return root;
    }

    private Query AcrossFields(string stem) =>
        Disjunction(fields.Select(f => Weighted(new TermQuery(new Term(f.Key, stem)), f.Value)));

    private Query PhraseAcrossFields(string phrase)
    {
        var stems = Analyzers.Tokens(Analyzers.English, phrase);
        return stems.Count == 1 ? AcrossFields(stems[0]) : Phrase(stems);
    }

    private DisjunctionMaxQuery Phrase(List<string> stems) => Disjunction(fields.Where(f => PhraseFields.Contains(f.Key)).Select(f =>
    {
        var query = new PhraseQuery { Slop = 2, Boost = f.Value };
        stems.ForEach(s => query.Add(new Term(f.Key, s)));
        return (Query)query;
    }));

    private Query? ParseSyntax(string input)
    {
        var parser = new MultiFieldQueryParser(Analyzers.Version, [.. fields.Keys], Analyzers.English, fields.ToDictionary());
        try
        {
            // No reader means a regular expression, and Lucene throws ArgumentException (not ParseException) for
            // an invalid one ("/[a-z/"): escaped, a slash is only a character and its words are searched.
            return parser.Parse(input.Replace("/", "\\/", StringComparison.Ordinal));
        }
        catch (ParseException)
        {
            // Not valid Lucene syntax ("unclosed, AND OR (, title:): the caller searches the plain words instead.
            return null;
        }
    }

    private static int ExpandingTerms(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(c => ExpandingTerms(c.Query)),
        MultiTermQuery => 1,
        _ => 0,
    };

    private static bool LooksLikeSyntax(string input) => SyntaxPattern().IsMatch(input);

    private static DisjunctionMaxQuery Disjunction(IEnumerable<Query> queries)
    {
        var query = new DisjunctionMaxQuery(FieldTieBreaker);
        foreach (var q in queries)
        {
            query.Add(q);
        }

        return query;
    }

    private static Query Weighted(Query query, float weight)
    {
        query.Boost = weight;
        return query;
    }

    [GeneratedRegex(@"[""*:()~^\[\]{}]|(^|\s)[+-]\S|\b(AND|OR|NOT)\b")]
    private static partial Regex SyntaxPattern();
}
