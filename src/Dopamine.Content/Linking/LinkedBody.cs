using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;

namespace Dopamine.Content.Linking;

/// <summary>What the linker learned about a page body while resolving it.</summary>
internal sealed record LinkedBody(
    IReadOnlyList<CitedSource> Citations,
    IReadOnlyList<LinkMention> Mentions,
    IReadOnlyList<TocEntry> Headings,
    IReadOnlyList<KeyPoint> KeyPoints,
    IReadOnlyList<Diagnostic> Diagnostics);
