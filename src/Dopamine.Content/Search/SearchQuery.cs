namespace Dopamine.Content.Search;

/// <summary>What a reader's query may be: one limit for the index, the endpoints that refuse longer queries, and the forms.</summary>
public static class SearchQuery
{
    /// <summary>The most characters a query may have; longer ones get a 400 (and the index cuts what reaches it).</summary>
    public const int MaxLength = 200;
}
