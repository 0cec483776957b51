using Dopamine.Content.Diagnostics;
using Dopamine.Content.Markdown.Glossary;
using Dopamine.Content.Model;

namespace Dopamine.Content.Linking;

/// <summary>What the linker reads while it resolves one page: what it may point at, and where its problems go.</summary>
/// <param name="Problems">The page's problems, located in its file (Markdig's body lines are converted there).</param>
internal sealed record LinkContext(
    string Slug,
    FileDiagnostics Problems,
    IReadOnlyDictionary<string, PageRef> Pages,
    IReadOnlyDictionary<string, Source> Sources,
    GlossaryMatcher Glossary)
{
    /// <summary>A context for one page, sharing the site-wide lookups, with a fresh collector for its problems.</summary>
    public static LinkContext For(Loading.PendingArticle pending, IReadOnlyDictionary<string, PageRef> pages,
        IReadOnlyDictionary<string, Source> sources, GlossaryMatcher glossary) =>
        new(pending.Slug, new FileDiagnostics(pending.File, pending.FrontMatter.BodyLineOffset), pages, sources, glossary);
}
