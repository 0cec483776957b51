using Dopamine.Content.Diagnostics;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dopamine.Content.Tests.Snapshots;

/// <summary>What an operator reads in the log when content has problems.</summary>
public class ContentStoreLogTests
{
    [Fact]
    public void EachProblemIsLoggedWithItsFileLineAndSeverity()
    {
        using var tree = ContentTree.WithSources()
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997].\n\nAnd [@nobody-1999]."));
        var logger = new FakeLogger<ContentStore>();

        using var store = new ContentStore(tree.Root, logger);

        var warnings = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.Equal(store.Current.Content.Diagnostics.Count, warnings.Count);
        Assert.Contains("content/topics/reward.md:7:5: " + DiagnosticCodes.UnknownCitation + " error Citation key '@nobody-1999'", warnings[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public void ThousandsOfProblemsLogTheFirstHundredAndACount()
    {
        // As when sources.yml is refused and every citation on every page becomes a problem.
        using var tree = ContentTree.WithSources();
        for (var i = 0; i < 30; i++)
        {
            var citations = string.Concat(Enumerable.Range(0, 10).Select(n => $"Claim {n} [@missing-{i}-{n}].\n\n"));
            tree.Topic($"page-{i}", Sample.Page($"Page {i}", citations));
        }

        var logger = new FakeLogger<ContentStore>();

        using var store = new ContentStore(tree.Root, logger);

        var problems = store.Current.Content.Diagnostics.Count;
        Assert.True(problems > 300, $"{problems} problems");
        var warnings = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
        Assert.Equal(101, warnings.Count);
        Assert.Contains($"{problems - 100} more content problems", warnings[^1].Message, StringComparison.Ordinal);
        Assert.Contains("check", warnings[^1].Message, StringComparison.Ordinal);
    }
}
