using System.Diagnostics;
using Dopamine.Content.Model;
using Dopamine.Content.Related;
using Dopamine.Content.Search;

namespace Dopamine.Content.Snapshots;

/// <summary>
/// Everything a request reads, built together and never changed: the content, its search index and the
/// related lists. A request takes one snapshot and uses it to the end, so it never sees half an update.
/// </summary>
public sealed record Snapshot(ContentSet Content, SearchIndex Search, IReadOnlyDictionary<string, IReadOnlyList<RelatedEntry>> Related)
{
    /// <summary>The content hash: the ETag and the version shown on /readyz.</summary>
    public string Version => Content.Version;

    /// <summary>A page's related entries, empty for an unknown slug.</summary>
    public IReadOnlyList<RelatedEntry> RelatedTo(string slug) => Related.GetValueOrDefault(slug) ?? [];

    /// <summary>Builds a complete snapshot from loaded content.</summary>
    public static Snapshot Build(ContentSet content) => Build(content, out _, out _);

    /// <summary>Builds a complete snapshot, saying how long the search index and the related lists took.</summary>
    public static Snapshot Build(ContentSet content, out TimeSpan indexTime, out TimeSpan relatedTime)
    {
        var clock = Stopwatch.StartNew();
        var index = SearchIndex.Build(content);
        indexTime = clock.Elapsed;
        var related = RelatedQuestions.Build(content, index);
        relatedTime = clock.Elapsed - indexTime;
        return new Snapshot(content, index, related);
    }
}
