using System.Text;

namespace Dopamine.Content.Model;

/// <summary>
/// One published page, fully rendered at load. Immutable. A class, not a record: each snapshot holds one
/// instance per page, and value equality would compare whole rendered bodies wherever pages meet a set.
/// </summary>
public sealed class Article
{
    /// <summary>Unique across topics and questions; the file name without extension.</summary>
    public required string Slug { get; init; }
    /// <summary>Topic or question.</summary>
    public required ArticleKind Kind { get; init; }
    /// <summary>The page title (the question, for question pages).</summary>
    public required string Title { get; init; }
    /// <summary>The one-sentence short answer.</summary>
    public required string Summary { get; init; }
    /// <summary>Tags from front matter, lower-case.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Curated related slugs, in the author's order, all of existing pages.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
    /// <summary>Extra search terms.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>When a reviewer last checked the page.</summary>
    public DateOnly? Reviewed { get; init; }
    /// <summary>How strong the evidence is, when the author said.</summary>
    public EvidenceLevel? Evidence { get; init; }
    /// <summary>One line saying why the evidence has that strength.</summary>
    public string? EvidenceNote { get; init; }
    /// <summary>The standard safety note the page shows, if any.</summary>
    public SafetyTopic? Safety { get; init; }
    /// <summary>
    /// The body as sanitized HTML, rendered once at load and kept as UTF-8: half the memory of a string, and the
    /// encoding a response is written in.
    /// </summary>
    public required ReadOnlyMemory<byte> BodyHtmlUtf8 { get; init; }
    /// <summary>The body as sanitized HTML, decoded anew on each call (for marking search words in it).</summary>
    public string BodyHtml => Encoding.UTF8.GetString(BodyHtmlUtf8.Span);
    /// <summary>The body as plain text, one line per paragraph, heading or list item, kept as UTF-8 (half a string).</summary>
    public required ReadOnlyMemory<byte> BodyTextUtf8 { get; init; }
    /// <summary>The body as plain text, decoded anew on each call (for indexing, snippets and "did you mean").</summary>
    public string BodyText => Encoding.UTF8.GetString(BodyTextUtf8.Span);
    /// <summary>Key points and headed sections, for pointing a search result at the part that matched.</summary>
    public IReadOnlyList<ArticleSection> Sections { get; init; } = [];
    /// <summary>Headings of the body, for the table of contents.</summary>
    public IReadOnlyList<TocEntry> Headings { get; init; } = [];
    /// <summary>Sources in order of first citation; the position is the marker number minus one.</summary>
    public IReadOnlyList<CitedSource> Citations { get; init; } = [];
    /// <summary>Every resolved link from this page to another page, with the sentence holding it.</summary>
    public IReadOnlyList<LinkMention> OutgoingLinks { get; init; } = [];
    /// <summary>Ids of the glossary terms linked from this page, in order of first use.</summary>
    public IReadOnlyList<string> GlossaryTerms { get; init; } = [];
    /// <summary>The file it came from, relative to the content root's parent.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The site-relative URL.</summary>
    public string Url => Kind.UrlFor(Slug);
}
