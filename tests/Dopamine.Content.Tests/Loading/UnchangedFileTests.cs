using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Loading;

/// <summary>
/// A reload does not read again a file whose size and time are as the last load saw them, nor parse again a text it
/// parsed before. These check that no edit is missed because of it, and that skipped files still count.
/// </summary>
public class UnchangedFileTests
{
    private const string Alpha = "topics/alpha.md";
    private static readonly DateTime AnHourAgo = DateTime.UtcNow.AddHours(-1);

    [Fact]
    public void AFileWrittenLongBeforeTheLastLoadIsNotReadAgain()
    {
        using var tree = TwoPages().Touch(Alpha, AnHourAgo);
        var first = tree.Load();

        var second = tree.Load(first);

        Assert.Same(first.LastGood[Alpha], second.LastGood[Alpha]);
        Assert.Equal(first.Content.Version, second.Content.Version);
    }

    [Fact]
    public void AnEditOfTheSameSizeIsSeen()
    {
        using var tree = TwoPages().Touch(Alpha, AnHourAgo);
        var first = tree.Load();

        tree.Topic("alpha", Sample.Page("Alpha", "Alpha has news. [@schultz-1997]"));
        var second = tree.Load(first);

        Assert.Contains("Alpha has news.", second.Content.BySlug["alpha"].BodyText, StringComparison.Ordinal);
        Assert.NotEqual(first.Content.Version, second.Content.Version);
    }

    [Fact]
    public void AnEditThatKeepsTheSizeAndTimeOfAFileJustReadIsSeen()
    {
        // As on a file system that keeps times to the second: the edit lands in the same tick as the file's last
        // write, so only the file having been written so close to the last load says it must be read again.
        using var tree = TwoPages();
        var written = DateTime.UtcNow.AddMilliseconds(-500);
        tree.Touch(Alpha, written);
        var first = tree.Load();

        tree.Topic("alpha", Sample.Page("Alpha", "Alpha has news. [@schultz-1997]")).Touch(Alpha, written);
        var second = tree.Load(first);

        Assert.Contains("Alpha has news.", second.Content.BySlug["alpha"].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnchangedRegistryKeepsReportingItsProblems()
    {
        using var tree = TwoPages().Sources(Sample.Sources + "\n- id: broken\n  type: paper\n  title: [not, a, title]\n  year: 2001\n")
            .Touch("sources.yml", AnHourAgo);
        var first = tree.Load();
        Assert.Contains(first.Content.Diagnostics, d => d.Code == DiagnosticCodes.InvalidEntry);

        var second = tree.Load(first);

        Assert.Equal(
            first.Content.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidEntry),
            second.Content.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidEntry));
        Assert.Equal(first.Content.Sources.Keys.Order(), second.Content.Sources.Keys.Order());
    }

    [Fact]
    public void ABrokenEditOfAnOldFileFallsBackToItsLastGoodText()
    {
        using var tree = TwoPages().Touch(Alpha, AnHourAgo);
        var first = tree.Load();

        tree.Topic("alpha", "no front matter here");
        var second = tree.Load(first);
        var third = tree.Load(second);

        Assert.Equal(first.Content.BySlug["alpha"].BodyText, third.Content.BySlug["alpha"].BodyText);
        Assert.Contains(third.Content.Diagnostics, d => d.Code == DiagnosticCodes.MissingFrontMatter);
    }

    [Fact]
    public void AnEditOfTheFileALinkedPageLeadsToIsSeen()
    {
        // The link itself keeps its old size and time when the file it leads to is edited.
        using var tree = TwoPages().Write("drafts/gamma.txt", Sample.Page("Gamma", "Gamma is short. [@schultz-1997]"))
            .Touch("drafts/gamma.txt", AnHourAgo).Link("topics/gamma.md", "../drafts/gamma.txt");
        SetLinkTime(Path.Combine(tree.Root, "topics/gamma.md"), AnHourAgo);
        var first = tree.Load();

        tree.Write("drafts/gamma.txt", Sample.Page("Gamma", "Gamma has news. [@schultz-1997]"));
        var second = tree.Load(first);

        Assert.Contains("Gamma has news.", second.Content.BySlug["gamma"].BodyText, StringComparison.Ordinal);
    }

    // .NET sets the time of the file a link leads to; touch -h sets the link's own.
    private static void SetLinkTime(string link, DateTime utc)
    {
        using var touch = System.Diagnostics.Process.Start("touch", ["-h", "-d", utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture), link]);
        touch.WaitForExit();
        Assert.Equal(0, touch.ExitCode);
    }

    private static ContentTree TwoPages() => ContentTree.WithSources()
        .Topic("alpha", Sample.Page("Alpha", "Alpha is short. [@schultz-1997]"))
        .Topic("beta", Sample.Page("Beta", "Beta [@schultz-1997]."));
}
