namespace Dopamine.Content.Search;

/// <summary>A page of hits and how many matched in all.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>No hits.</summary>
    public static SearchResults Empty { get; } = new(0, []);
}
