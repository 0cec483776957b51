namespace Dopamine.Content.Search;

/// <summary>A page of hits, how many matched in all, and what to tell the reader about the query.</summary>
/// <param name="DidYouMean">A corrected query built from the index's own words, when the query found little.</param>
/// <param name="OnlyStopWords">True when every word was too common to search on ("the", "and").</param>
/// <param name="Words">The reader's words, for marking them on the page a result leads to.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, string? DidYouMean, bool OnlyStopWords, IReadOnlyList<string> Words)
{
    /// <summary>No hits and nothing to say.</summary>
    public static SearchResults Empty { get; } = new(0, [], null, false, []);
}
