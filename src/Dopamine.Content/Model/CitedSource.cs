namespace Dopamine.Content.Model;

/// <summary>A source as cited by one page: its marker number and the moments cited.</summary>
/// <param name="Number">The marker number, 1-based, in order of first use on the page.</param>
/// <param name="Source">The registry entry.</param>
/// <param name="Locators">Distinct locators (e.g. <c>12:31</c>) in order of use; empty when none.</param>
public sealed record CitedSource(int Number, Source Source, IReadOnlyList<string> Locators)
{
    /// <summary>The anchor id of this source's card on the page.</summary>
    public string AnchorId => $"source-{Number}";
}
