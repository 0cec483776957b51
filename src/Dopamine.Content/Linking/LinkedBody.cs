using Dopamine.Content.Model;

namespace Dopamine.Content.Linking;

/// <summary>What the linker learned about a page body while resolving it (its problems went to the context).</summary>
internal sealed record LinkedBody(
    IReadOnlyList<CitedSource> Citations,
    IReadOnlyList<LinkMention> Mentions,
    IReadOnlyList<TocEntry> Headings,
    IReadOnlyList<KeyPoint> KeyPoints);
