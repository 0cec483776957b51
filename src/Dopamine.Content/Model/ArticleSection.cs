namespace Dopamine.Content.Model;

/// <summary>
/// A part of a page a search result or an answer can point at: a key point or a headed section, with its anchor. Its
/// text is a range of the page's plain text (<see cref="Article.BodyText"/>) rather than a copy: at 10,000 pages the
/// copies cost over 100 MB.
/// </summary>
public sealed class ArticleSection(string anchor, string title, Range range)
{
    /// <summary>The element id on the page, e.g. <c>point-2</c> or <c>why-it-matters</c>.</summary>
    public string Anchor => anchor;

    /// <summary>The heading, or the key point's bold lead.</summary>
    public string Title => title;

    /// <summary>Key point or headed section.</summary>
    public SectionKind Kind { get; init; } = SectionKind.Headed;

    /// <summary>The evidence label of a key point that carries its own <c>[evidence: …]</c>; otherwise null (the page's applies).</summary>
    public EvidenceLevel? Evidence { get; init; }

    /// <summary>
    /// Whether the section only lists links to other pages ("Questions in this theme"): it names what other pages
    /// answer and answers nothing itself, so it is no passage.
    /// </summary>
    public bool OnlyLinks { get; init; }

    /// <summary>The citation markers inside the section, in text order.</summary>
    public IReadOnlyList<CitationMark> Citations { get; init; } = [];

    /// <summary>Where the section's text lies in its page's plain text.</summary>
    public Range Range => range;

    /// <summary>The plain text of the section on one line, cut from its page's plain text.</summary>
    public string TextIn(string pageText)
    {
        ArgumentNullException.ThrowIfNull(pageText);
        return pageText[range].Trim().Replace('\n', ' ');
    }
}
