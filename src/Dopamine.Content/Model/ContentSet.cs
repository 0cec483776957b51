using System.Runtime.InteropServices;
using Dopamine.Content.Diagnostics;

namespace Dopamine.Content.Model;

/// <summary>Everything loaded from the content root at one moment. Immutable; replaced whole on reload.</summary>
public sealed class ContentSet
{
    internal ContentSet(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, Source> sources,
        IReadOnlyList<GlossaryTerm> glossary, IReadOnlyList<TagDefinition> tagDefinitions,
        IReadOnlyList<IReadOnlyList<string>> synonyms, HomeSettings home, IReadOnlyList<Diagnostic> diagnostics, string version)
    {
        Articles = articles;
        BySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Sources = sources;
        Glossary = glossary;
        Home = home;
        Synonyms = synonyms;
        TagDescriptions = tagDefinitions.ToDictionary(t => t.Id, t => t.Description, StringComparer.Ordinal);
        Diagnostics = diagnostics;
        Version = version;
        Backlinks = BacklinksOf(articles);
        CitedBy = ListsByKey(articles.SelectMany(a => a.Citations.Select(c => (c.Source.Id, a))));
        Tags = ListsByKey(articles.SelectMany(a => a.Tags.Select(t => (t, a))))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every page, topics first, then questions, each by title.</summary>
    public IReadOnlyList<Article> Articles { get; }
    /// <summary>Pages by slug.</summary>
    public IReadOnlyDictionary<string, Article> BySlug { get; }
    /// <summary>The source registry by id.</summary>
    public IReadOnlyDictionary<string, Source> Sources { get; }
    /// <summary>Glossary terms in file order.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; }
    /// <summary>Groups of equivalent reader words from synonyms.txt, canonical term first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }
    /// <summary>What each tag of tags.yml covers.</summary>
    public IReadOnlyDictionary<string, string> TagDescriptions { get; }
    /// <summary>The home page's introduction and start-here path (only slugs of existing pages).</summary>
    public HomeSettings Home { get; }
    /// <summary>Every problem found while loading.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    /// <summary>A hash of every input file: changes exactly when the content does.</summary>
    public string Version { get; }
    /// <summary>For each page slug, the links to it from other pages, one per linking page.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LinkMention>> Backlinks { get; }
    /// <summary>For each source id, the pages that cite it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> CitedBy { get; }
    /// <summary>Pages by tag, tags in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> Tags { get; }

    /// <summary>
    /// The pages that are not the very ones <paramref name="before"/> held: new, edited, or built again because
    /// something they show changed. A reload reuses every other page as it was.
    /// </summary>
    internal List<Article> RebuiltSince(ContentSet before) =>
        Articles.Where(a => !ReferenceEquals(before.BySlug.GetValueOrDefault(a.Slug), a)).ToList();

    /// <summary>True when <paramref name="pages"/> are most of the pages, as the rebuilt ones are after a registry edit.</summary>
    internal bool AreMostPages(IReadOnlyCollection<Article> pages) => pages.Count > Articles.Count / 2;

    // Built on every reload over every page, so with plain loops: in a profile of a 10,000-page reload, the LINQ
    // grouping (and the collections its garbage caused) was a quarter of the load phase.
    // Each page's first mention of a target stands for the page; a page's mentions are added one after another.
    private static Dictionary<string, IReadOnlyList<LinkMention>> BacklinksOf(IReadOnlyList<Article> articles)
    {
        var byTarget = new Dictionary<string, List<LinkMention>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var mention in article.OutgoingLinks)
            {
                if (mention.ToSlug == mention.FromSlug)
                {
                    continue;
                }

                var mentions = CollectionsMarshal.GetValueRefOrAddDefault(byTarget, mention.ToSlug, out _) ??= [];
                if (mentions.Count == 0 || mentions[^1].FromSlug != mention.FromSlug)
                {
                    mentions.Add(mention);
                }
            }
        }

        return byTarget.ToDictionary(p => p.Key, IReadOnlyList<LinkMention> (p) => p.Value, StringComparer.Ordinal);
    }

    // The values of each key, in the order they come.
    private static Dictionary<string, IReadOnlyList<T>> ListsByKey<T>(IEnumerable<(string Key, T Value)> pairs)
    {
        var byKey = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out _) ??= []).Add(value);
        }

        return byKey.ToDictionary(p => p.Key, IReadOnlyList<T> (p) => p.Value, StringComparer.Ordinal);
    }

    /// <summary>The pages linking to <paramref name="slug"/>, with the sentence that holds each link.</summary>
    public IReadOnlyList<LinkMention> BacklinksTo(string slug) => Backlinks.GetValueOrDefault(slug) ?? [];

    /// <summary>The pages citing a source.</summary>
    public IReadOnlyList<Article> PagesCiting(string sourceId) => CitedBy.GetValueOrDefault(sourceId) ?? [];
}
