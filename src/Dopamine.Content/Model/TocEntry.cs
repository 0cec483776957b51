namespace Dopamine.Content.Model;

/// <summary>A heading of a page body with its anchor id.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
