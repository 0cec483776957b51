using Dopamine.Content.Diagnostics;
using Dopamine.Content.Linking;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>One page as a load built it, with what it was built from.</summary>
/// <param name="PagesRead">The slugs the build looked up (its links and related pages); null if it listed them all.</param>
internal sealed record BuiltPage(FileText Text, Article Article,
    IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string>? PagesRead);

/// <summary>
/// What one load built, kept for the next: a reload re-parses and re-renders only the pages whose text changed,
/// or whose links now lead somewhere else (a linked page added, removed or retitled). A change to the sources,
/// glossary or tags rebuilds every page, since any page may cite or mention them.
/// </summary>
/// <param name="Registries">The text of sources.yml, glossary.yml and tags.yml the pages were built against.</param>
internal sealed record BuiltPages(RegistryTexts Registries, IReadOnlyDictionary<string, PageRef> Pages,
    IReadOnlyDictionary<string, BuiltPage> ByFile)
{
    /// <summary>The previous build of the page, if nothing it was built from has changed.</summary>
    public BuiltPage? Reusable(PendingArticle pending, RegistryTexts registries, IReadOnlyDictionary<string, PageRef> pages)
    {
        if (registries != Registries || !ByFile.TryGetValue(pending.File, out var built) || built.Text != pending.Text
            || built.PagesRead is null)
        {
            return null;
        }

        foreach (var slug in built.PagesRead)
        {
            if (!Equals(Pages.GetValueOrDefault(slug), pages.GetValueOrDefault(slug)))
            {
                return null;
            }
        }

        return built;
    }
}

/// <summary>The registry files' published text (null when absent); equal when no registry changed.</summary>
internal sealed record RegistryTexts(FileText? Sources, FileText? Glossary, FileText? Tags);
