using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Markdown.Glossary;

/// <summary>The first use of a glossary term on a page, linked to its entry on /glossary.</summary>
internal sealed class GlossaryLinkInline : LeafInline
{
    public required string TermId { get; init; }
    public required string Text { get; init; }
    public required string Definition { get; init; }
}
