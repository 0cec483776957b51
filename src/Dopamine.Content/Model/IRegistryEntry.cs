namespace Dopamine.Content.Model;

/// <summary>An entry of a YAML registry (sources, glossary): known by id, located by line.</summary>
public interface IRegistryEntry
{
    /// <summary>The entry's unique id.</summary>
    string Id { get; }
    /// <summary>The file line where the entry starts.</summary>
    int Line { get; }
    /// <summary>The name a reader sees; required.</summary>
    string DisplayName { get; }
}
