using Dopamine.Content.Model;
using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Markdown.EvidenceLabels;

/// <summary>
/// <c>[evidence: emerging]</c>: marks a key point whose evidence differs from the page's label.
/// <see cref="Level"/> is null when the word is not one of the four levels (reported by the linker).
/// </summary>
internal sealed class EvidenceLabelInline : LeafInline
{
    public required string Word { get; init; }

    public EvidenceLevel? Level => Enum.TryParse<EvidenceLevel>(Word, ignoreCase: true, out var level) && !int.TryParse(Word, out _)
        ? level
        : null;
}
