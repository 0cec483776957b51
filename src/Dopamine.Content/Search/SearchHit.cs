namespace Dopamine.Content.Search;

/// <summary>One matching page.</summary>
/// <param name="Snippet">HTML: the best matching extract, encoded, with the query's terms in <c>&lt;mark&gt;</c>.</param>
/// <param name="Anchor">The key point or section that matched best (an element id on the page), if any.</param>
public sealed record SearchHit(string Slug, float Score, string Snippet, string? Anchor);
