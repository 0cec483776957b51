using Dopamine.Web.Hosting;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>The <c>check</c> command authors run before they publish.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void BundledContentHasNoErrorsAndNoWarnings()
    {
        using var output = new StringWriter();

        var exitCode = CheckCommand.Run([CheckCommand.WarningsAsErrors, BundledSiteFactory.ContentRootPath], output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains(" 0 errors, 0 warnings", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EachProblemIsPrintedAsFileLineColumnCodeSeverityAndAnErrorExitsNonZero()
    {
        using var root = new TempContent(TestContent.Page("Alpha", "See [[nowhere]] and [@nokey]."));
        using var output = new StringWriter();

        var exitCode = CheckCommand.Run([root.Path], output);

        Assert.Equal(1, exitCode);
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("content/topics/alpha.md:11:17: DK002 error ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/topics/alpha.md:11:33: DK001 error ", StringComparison.Ordinal));
    }

    [Fact]
    public void WarningsAlonePassUnlessWarningsAreErrors()
    {
        // Two key points, no related pages, no evidence label: below the editorial standard, yet nothing broken.
        using var root = new TempContent(TestContent.Page("Alpha", "It helps."));
        using var output = new StringWriter();

        var lenient = CheckCommand.Run([root.Path], output);
        var strict = CheckCommand.Run([CheckCommand.WarningsAsErrors, root.Path], output);

        Assert.Equal(0, lenient);
        Assert.Equal(1, strict);
        Assert.Contains(output.ToString().Split('\n'), l => l.StartsWith("content/topics/alpha.md:", StringComparison.Ordinal)
            && l.Contains(" DK023 warning ", StringComparison.Ordinal));
        Assert.Contains(" 0 errors, ", output.ToString(), StringComparison.Ordinal);
    }

    // A content folder holding the test sources and one topic page, deleted afterwards.
    private sealed class TempContent : IDisposable
    {
        public TempContent(string alphaPage)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dopamine-tests", Guid.NewGuid().ToString("n"), "content");
            Directory.CreateDirectory(System.IO.Path.Combine(Path, "topics"));
            File.WriteAllText(System.IO.Path.Combine(Path, "sources.yml"), TestContent.Sources);
            File.WriteAllText(System.IO.Path.Combine(Path, "topics", "alpha.md"), alphaPage);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
    }
}
