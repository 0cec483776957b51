using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>A loaded content set and the text of every file as published, to fall back on at the next load.</summary>
public sealed record LoadResult(ContentSet Content, IReadOnlyDictionary<string, FileText> LastGood)
{
    /// <summary>The pages this load built, for the next load to reuse those that did not change.</summary>
    internal BuiltPages? Built { get; init; }

    /// <summary>What this load parsed from file texts alone, for the next load to reuse for unchanged files.</summary>
    internal IReadOnlyDictionary<string, ParsedFile>? Parsed { get; init; }
}
