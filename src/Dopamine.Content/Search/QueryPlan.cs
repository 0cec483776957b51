using Lucene.Net.Search;

namespace Dopamine.Content.Search;

/// <summary>What a reader's input turned into: the Lucene query, and the words to mark on result pages.</summary>
/// <param name="Query">Null when nothing searchable is left (blank, or only stop words).</param>
/// <param name="Words">The reader's words, lower-case, as typed.</param>
/// <param name="OnlyStopWords">True when the input had words but every one was a stop word ("the", "and").</param>
/// <param name="Terms">The analysed terms to mark in snippets: the words' stems and their synonyms'.</param>
/// <param name="WordClauses">
/// Each searched word with the clause that matches it (its stems, synonyms and prefix across the fields), for telling
/// a page that matches a telling word from one matching only words most pages use. Empty for Lucene syntax.
/// </param>
internal sealed record QueryPlan(Query? Query, IReadOnlyList<string> Words, bool OnlyStopWords, IReadOnlyCollection<string> Terms,
    IReadOnlyList<(string Word, Query Clause)> WordClauses);
