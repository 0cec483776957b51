using Dopamine.Content.Markdown.Glossary;
using Dopamine.Content.Model;

namespace Dopamine.Content.Linking;

/// <summary>What the linker reads while it resolves one page: where the page is, and what it may point at.</summary>
/// <param name="File">The page's path for diagnostics.</param>
/// <param name="BodyLineOffset">File lines before the Markdown body (front matter), added to Markdig's line numbers.</param>
internal sealed record LinkContext(
    string Slug,
    string File,
    int BodyLineOffset,
    IReadOnlyDictionary<string, PageRef> Pages,
    IReadOnlyDictionary<string, Source> Sources,
    GlossaryMatcher Glossary)
{
    /// <summary>A context for one page, sharing the site-wide lookups.</summary>
    public static LinkContext For(Loading.PendingArticle pending, IReadOnlyDictionary<string, PageRef> pages,
        IReadOnlyDictionary<string, Source> sources, GlossaryMatcher glossary) =>
        new(pending.Slug, pending.File, pending.FrontMatter.BodyLineOffset, pages, sources, glossary);

    /// <summary>Converts Markdig's 0-based body line into a 1-based file line.</summary>
    public int FileLine(int bodyLine) => BodyLineOffset + bodyLine + 1;
}
