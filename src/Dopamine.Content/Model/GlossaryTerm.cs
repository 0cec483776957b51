using YamlDotNet.Serialization;

namespace Dopamine.Content.Model;

/// <summary>An entry of <c>content/glossary.yml</c>; its anchor on <c>/glossary</c> is <c>#Id</c>.</summary>
public sealed record GlossaryTerm : IRegistryEntry
{
    /// <summary>The anchor id, lower-case kebab.</summary>
    public string Id { get; init; } = "";
    /// <summary>The term as shown.</summary>
    public string Term { get; init; } = "";
    /// <summary>Other spellings and abbreviations.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>One plain-language sentence.</summary>
    public string Definition { get; init; } = "";

    /// <inheritdoc/>
    [YamlIgnore]
    public string DisplayName => Term;

    /// <summary>The line of glossary.yml where this entry starts.</summary>
    [YamlIgnore]
    public int Line { get; init; }
}
