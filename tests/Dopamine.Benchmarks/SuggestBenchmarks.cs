using BenchmarkDotNet.Attributes;
using Dopamine.Content.Loading;
using Dopamine.Content.Search;

namespace Dopamine.Benchmarks;

/// <summary>As-you-type suggestions through <see cref="SearchIndex.Suggest"/>, 8 of them as /api/suggest asks.</summary>
[MemoryDiagnoser]
public class SuggestBenchmarks
{
    private SearchIndex _index = null!;

    /// <summary>Prefixes that match many, some and one title; "motvation" matches none exactly and takes the typo path.</summary>
    [Params("dop", "cra", "glu", "motvation")]
    public string Typed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _index = SearchIndex.Build(ContentLoader.Load(BundledContent.Root).Content);

    [Benchmark]
    public IReadOnlyList<string> Suggest() => _index.Suggest(Typed, 8);
}
