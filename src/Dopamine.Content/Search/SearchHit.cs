namespace Dopamine.Content.Search;

/// <summary>One matching page and its relevance score.</summary>
public sealed record SearchHit(string Slug, float Score);
