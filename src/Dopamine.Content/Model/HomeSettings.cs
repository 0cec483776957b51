namespace Dopamine.Content.Model;

/// <summary><c>content/home.yml</c>: the home page's introduction and its start-here reading path.</summary>
public sealed record HomeSettings
{
    /// <summary>What the site is, in a paragraph.</summary>
    public string Intro { get; init; } = "";
    /// <summary>Slugs to read first, in order.</summary>
    public IReadOnlyList<string> StartHere { get; init; } = [];
}
