namespace Dopamine.Content.Model;

/// <summary>A part of a page a search result can point at: a key point or a headed section, with its anchor.</summary>
/// <param name="Anchor">The element id on the page, e.g. <c>point-2</c> or <c>why-it-matters</c>.</param>
/// <param name="Title">The heading, or the key point's bold lead.</param>
/// <param name="Text">The plain text of the section.</param>
public sealed record ArticleSection(string Anchor, string Title, string Text);
