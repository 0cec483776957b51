using YamlDotNet.Serialization;

namespace Dopamine.Content.Model;

/// <summary>An entry of <c>content/tags.yml</c>: the controlled list of tags pages may use.</summary>
public sealed record TagDefinition : IRegistryEntry
{
    /// <summary>The tag as written in front matter and URLs, lower-case.</summary>
    public string Id { get; init; } = "";
    /// <summary>One line saying what the tag covers, shown on /tags.</summary>
    public string Description { get; init; } = "";

    /// <inheritdoc/>
    [YamlIgnore]
    public string DisplayName => Description;

    /// <summary>The line of tags.yml where this entry starts.</summary>
    [YamlIgnore]
    public int Line { get; init; }
}
