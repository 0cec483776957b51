namespace Dopamine.Content.Search;

/// <summary>A page of hits, how many matched in all, and what to tell the reader about the query.</summary>
/// <param name="DidYouMean">A corrected query built from the index's own words, when the query found little.</param>
/// <param name="OnlyStopWords">True when every word was too common to search on ("the", "and").</param>
/// <param name="Words">The reader's words, for marking them on the page a result leads to.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, string? DidYouMean, bool OnlyStopWords, IReadOnlyList<string> Words)
{
    /// <summary>
    /// How many pages match only on the query's common words (most pages use them): left out of
    /// <see cref="Total"/> and the hits unless the search asked for weak matches, and counted in them when it did.
    /// </summary>
    public int WeakMatches { get; init; }

    /// <summary>The reader's words that most pages match, which alone make a match weak.</summary>
    public IReadOnlyList<string> CommonWords { get; init; } = [];

    /// <summary>No hits and nothing to say.</summary>
    public static SearchResults Empty { get; } = new(0, [], null, false, []);
}
