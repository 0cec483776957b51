namespace Dopamine.Content.Search;

/// <summary>The Lucene field names, in one place because they are case-sensitive.</summary>
internal static class SearchFields
{
    public const string Slug = "slug";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Aliases = "aliases";
    public const string Summary = "summary";
    public const string Headings = "headings";
    public const string Body = "body";
    public const string Tags = "tags";

    /// <summary>Query-time weight of each searchable field: a title match outranks a body match.</summary>
    public static readonly IReadOnlyDictionary<string, float> Boosts = new Dictionary<string, float>
    {
        [Title] = 4f,
        [Aliases] = 3f,
        [Summary] = 2f,
        [Headings] = 1.5f,
        [Tags] = 1.2f,
        [Body] = 1f,
    };
}
