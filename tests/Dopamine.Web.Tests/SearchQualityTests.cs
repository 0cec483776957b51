using Dopamine.Content;
using Dopamine.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Dopamine.Web.Tests;

/// <summary>
/// The search-quality benchmark: realistic reader queries (tests/search-quality/queries.tsv) through
/// /api/search, scored by MRR@10 and recall@3. tests/search-quality/compare.mjs prints the same figures
/// beside MiniSearch's on the same content.
/// </summary>
public sealed class SearchQualityTests(BundledSiteFactory factory, ITestOutputHelper output) : IClassFixture<BundledSiteFactory>
{
    private const double MinMrrAt10 = 0.85;
    private const double MinRecallAt3 = 0.95;

    [Fact]
    public async Task RealisticQueriesFindTheirAnswerAtOrNearTheTop()
    {
        var client = factory.CreateClient();
        var queries = ReadQueries();
        double reciprocalRanks = 0, recalls = 0;
        foreach (var (query, relevant) in queries)
        {
            var slugs = await Api.SlugsAsync(client, query);
            var rank = slugs.FindIndex(relevant.Contains);
            reciprocalRanks += rank < 0 ? 0 : 1.0 / (rank + 1);
            recalls += slugs.Take(3).Count(relevant.Contains) / (double)Math.Min(relevant.Count, 3);
            if (rank != 0)
            {
                output.WriteLine($"rank {(rank < 0 ? "-" : (rank + 1).ToString())}: {query} -> {string.Join(", ", slugs.Take(3))}");
            }
        }

        var (mrr, recall) = (reciprocalRanks / queries.Count, recalls / queries.Count);
        output.WriteLine($"{queries.Count} queries: MRR@10 {mrr:0.000}, recall@3 {recall:0.000}");
        Assert.True(queries.Count >= 40, "the benchmark needs at least 40 queries");
        Assert.True(mrr >= MinMrrAt10, $"MRR@10 {mrr:0.000} is below {MinMrrAt10}");
        Assert.True(recall >= MinRecallAt3, $"recall@3 {recall:0.000} is below {MinRecallAt3}");
    }

    /// <summary>Each line: the query, a tab, the comma-separated slugs of the pages that answer it.</summary>
    private static List<(string Query, HashSet<string> Relevant)> ReadQueries() =>
        File.ReadLines(Path.Combine(ContentRoot.Resolve("tests/search-quality", AppContext.BaseDirectory), "queries.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1].Split(',').ToHashSet()))
            .ToList();
}
