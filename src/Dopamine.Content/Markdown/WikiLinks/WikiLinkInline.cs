using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Markdown.WikiLinks;

/// <summary>
/// A link to another page by slug: <c>[[slug]]</c> or <c>[[slug|text]]</c>. Relative <c>.md</c> links are
/// turned into this node too, so one renderer decides how every page-to-page link looks.
/// </summary>
internal sealed class WikiLinkInline : LeafInline
{
    public required string Slug { get; init; }

    /// <summary>A section of the target page (<c>[[slug#section]]</c>), if any.</summary>
    public string? Fragment { get; init; }

    /// <summary>The text the author wrote after <c>|</c>, if any.</summary>
    public string? Label { get; init; }

    /// <summary>Set by the linker when the slug names a page; null leaves the link unresolved.</summary>
    public string? Url { get; set; }

    /// <summary>Set by the linker: the target's title, used when the author gave no label.</summary>
    public string? TargetTitle { get; set; }

    public string DisplayText => Label ?? TargetTitle ?? Slug;
}
