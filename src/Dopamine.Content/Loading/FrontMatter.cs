namespace Dopamine.Content.Loading;

/// <summary>The YAML block at the top of a page, as YamlDotNet fills it.</summary>
internal sealed class FrontMatter
{
    /// <summary>The keys a page may use; anything else is reported.</summary>
    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "summary", "tags", "related", "reviewed", "evidence", "evidence_note", "aliases", "safety",
    };

    public string? Title { get; set; }
    public string? Summary { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<string> Related { get; set; } = [];
    public DateOnly? Reviewed { get; set; }
    public string? Evidence { get; set; }
    public string? EvidenceNote { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string? Safety { get; set; }
}
