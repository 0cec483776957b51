using System.Globalization;

namespace Dopamine.Content.Model;

/// <summary>A source as cited by one page: its marker number and the moments cited.</summary>
/// <param name="Number">The marker number, 1-based, in order of first use on the page.</param>
/// <param name="Source">The registry entry.</param>
/// <param name="Locators">Distinct locators (e.g. <c>12:31</c>) in order of use; empty when none.</param>
public sealed record CitedSource(int Number, Source Source, IReadOnlyList<string> Locators)
{
    /// <summary>The anchor id of this source's card on the page.</summary>
    public string AnchorId => AnchorFor(Number);

    /// <summary>
    /// The anchor id of the card of the source numbered <paramref name="number"/> on a page: the one place it is built,
    /// for the citation markers that link to it and the cards that carry it.
    /// </summary>
    public static string AnchorFor(int number) => $"source-{number.ToString(CultureInfo.InvariantCulture)}";
}
