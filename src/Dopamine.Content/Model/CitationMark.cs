namespace Dopamine.Content.Model;

/// <summary>Where a citation marker stands in a page's plain text, and the source numbers it shows.</summary>
/// <param name="Offset">The character offset in <see cref="Article.BodyText"/> right after the cited words.</param>
/// <param name="Numbers">The marker numbers (1-based positions in <see cref="Article.Citations"/>); an unknown key has none.</param>
public sealed record CitationMark(int Offset, IReadOnlyList<int> Numbers);
