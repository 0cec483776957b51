using BenchmarkDotNet.Attributes;
using Dopamine.Content.Loading;
using Dopamine.Content.Model;
using Dopamine.Content.Related;
using Dopamine.Content.Search;
using Dopamine.Content.Snapshots;

namespace Dopamine.Benchmarks;

/// <summary>
/// The bundled content as a whole, in the steps a start or reload takes (ContentStore): load every file into a
/// ContentSet, build the search index, build the related lists (on demand in the site). <see cref="LoadAndBuildSnapshot"/> is what a start or reload does.
/// </summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string _root = "";
    private ContentSet _content = null!;
    private SearchIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = BundledContent.Root;
        _content = ContentLoader.Load(_root).Content;
        _index = SearchIndex.Build(_content);
    }

    /// <summary>Registries, every page's front matter and Markdown, linking and rendering: ContentLoader end to end.</summary>
    [Benchmark]
    public LoadResult Load() => ContentLoader.Load(_root);

    /// <summary>The two in-memory Lucene indexes (pages and sections), spelling dictionary and suggester.</summary>
    [Benchmark]
    public SearchIndex BuildIndex() => SearchIndex.Build(_content);

    /// <summary>
    /// Every page's related list: curated slugs, then MoreLikeThis over the page index. The site works each one out
    /// when its page is first asked for; this is the cost of all of them.
    /// </summary>
    [Benchmark]
    public int BuildRelated()
    {
        var related = new RelatedQuestions(_content, _index);
        return _content.Articles.Sum(article => related.For(article.Slug).Count);
    }

    /// <summary>What ContentStore does on start and on every reload, logging aside.</summary>
    [Benchmark]
    public Snapshot LoadAndBuildSnapshot() => Snapshot.Build(ContentLoader.Load(_root).Content);
}
