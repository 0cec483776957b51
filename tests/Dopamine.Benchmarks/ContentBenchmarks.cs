using BenchmarkDotNet.Attributes;
using Dopamine.Content.Loading;
using Dopamine.Content.Model;
using Dopamine.Content.Related;
using Dopamine.Content.Search;
using Dopamine.Content.Snapshots;

namespace Dopamine.Benchmarks;

/// <summary>
/// The bundled content as a whole, in the steps a start or reload takes (ContentStore): load every file into a
/// ContentSet, build the search index, build the related lists. <see cref="LoadAndBuildSnapshot"/> is all of it.
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

    /// <summary>Every page's related list: curated slugs, then MoreLikeThis over the page index.</summary>
    [Benchmark]
    public IReadOnlyDictionary<string, IReadOnlyList<RelatedEntry>> BuildRelated() => RelatedQuestions.Build(_content, _index);

    /// <summary>What ContentStore does on start and on every reload, logging aside.</summary>
    [Benchmark]
    public Snapshot LoadAndBuildSnapshot() => Snapshot.Build(ContentLoader.Load(_root).Content);
}
