using BenchmarkDotNet.Attributes;
using Dopamine.Content.Loading;
using Dopamine.Content.Search;

namespace Dopamine.Benchmarks;

/// <summary>
/// One search over the bundled content through <see cref="SearchIndex.Search"/>, as /api/search calls it (first
/// page of 10); the endpoint's JSON mapping is not included. Each query takes a different path through search.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private SearchIndex _index = null!;

    /// <summary>
    /// A one-word query that matches nearly every page; a reader's question; a misspelling that runs the
    /// spelling-corrected second search; a word found only through synonyms.txt (coffee → caffeine).
    /// </summary>
    [Params("dopamine", "why do I want things I don't even like", "caffiene", "coffee")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _index = SearchIndex.Build(ContentLoader.Load(BundledContent.Root).Content);

    [Benchmark]
    public SearchResults Search() => _index.Search(Query, 0, 10);
}
