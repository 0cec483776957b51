using Dopamine.Web.Hosting;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>The <c>check</c> command authors run before they publish.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void BundledContentHasNoProblems()
    {
        using var output = new StringWriter();

        var exitCode = CheckCommand.Run([BundledSiteFactory.ContentRootPath], output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains(" 0 problems", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EachProblemIsPrintedAsFileLineCodeAndTheExitCodeIsNonZero()
    {
        var root = Path.Combine(Path.GetTempPath(), "dopamine-tests", Guid.NewGuid().ToString("n"), "content");
        Directory.CreateDirectory(Path.Combine(root, "topics"));
        File.WriteAllText(Path.Combine(root, "sources.yml"), TestContent.Sources);
        File.WriteAllText(Path.Combine(root, "topics", "alpha.md"), TestContent.Page("Alpha", "See [[nowhere]] and [@nokey]."));
        using var output = new StringWriter();
        try
        {
            var exitCode = CheckCommand.Run([root], output);

            Assert.Equal(1, exitCode);
            var lines = output.ToString().Split('\n');
            Assert.Contains(lines, l => l.StartsWith("content/topics/alpha.md:11: DK002", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("content/topics/alpha.md:11: DK001", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }
}
