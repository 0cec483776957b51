using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Markdown.Citations;

/// <summary>A pandoc-style citation: <c>[@key]</c>, <c>[@key, 12:31]</c> or <c>[@a; @b]</c>.</summary>
internal sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<CitationReference> References { get; init; }
}
