using System.Text;
using Dopamine.Content.Diagnostics;
using Dopamine.Content.Loading;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Loading;

/// <summary>
/// A bad file on reload: every other page stays, the bad one keeps its last good version, and a diagnostic
/// names the file and line (0 when the problem is the whole file: too large, or a refused link).
/// </summary>
public class ContentFaultTests
{
    private const string RewardFile = "content/topics/reward.md";

    private static ContentTree TwoPages() => ContentTree.WithSources()
        .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."))
        .Topic("wanting", Sample.Page("Wanting", "Different [@berridge-2007]."));

    private static void AssertLastGoodKept(LoadResult reloaded)
    {
        Assert.Equal("Reward", reloaded.Content.BySlug["reward"].Title);
        Assert.Contains("Dopamine rises", reloaded.Content.BySlug["reward"].BodyHtml, StringComparison.Ordinal);
        Assert.Equal("Wanting", reloaded.Content.BySlug["wanting"].Title);
    }

    [Fact]
    public void MalformedYamlKeepsTheLastGoodPageAndNamesItsLine()
    {
        using var tree = TwoPages();
        var first = tree.Load();

        tree.Topic("reward", "---\ntitle: Reward, rewritten\nsummary: [unclosed\n---\nNew words.\n");
        var reloaded = tree.Load(first);

        AssertLastGoodKept(reloaded);
        var diagnostic = reloaded.Content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);
        Assert.Equal(RewardFile, diagnostic.File);
        Assert.True(diagnostic.Line >= 2, diagnostic.ToString());
    }

    [Fact]
    public void InvalidUtf8KeepsTheLastGoodPageAndNamesTheLineOfTheFirstBadByte()
    {
        using var tree = TwoPages();
        var first = tree.Load();

        var text = Encoding.UTF8.GetBytes(Sample.Page("Reward, rewritten", "Fine line.\nBad here: "));
        tree.WriteBytes("topics/reward.md", [.. text, 0xFF, 0xFE, (byte)'\n']);
        var reloaded = tree.Load(first);

        AssertLastGoodKept(reloaded);
        var diagnostic = reloaded.Content.SingleDiagnostic(DiagnosticCodes.UnreadableFile);
        Assert.Equal((RewardFile, 7), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void FileOverTheSizeLimitIsNotReadAndKeepsTheLastGoodPage()
    {
        using var tree = TwoPages();
        var first = tree.Load();

        tree.Topic("reward", Sample.Page("Reward, rewritten", new string('x', 5 * 1024 * 1024)));
        var reloaded = tree.Load(first);

        AssertLastGoodKept(reloaded);
        var diagnostic = reloaded.Content.SingleDiagnostic(DiagnosticCodes.FileTooLarge);
        Assert.Equal((RewardFile, 0), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void RegistryLargerThanAPageMayBeIsRead()
    {
        // A registry grows with the site (sources.yml is 3.3 MB at 50,000 pages), so the page limit must not refuse it.
        using var tree = TwoPages();
        tree.Sources(Sample.Sources + Padding(ContentFileReader.MaxPageBytes + 1));

        var content = tree.Load().Content;

        Assert.DoesNotContain(content.Diagnostics, d => d.Code is DiagnosticCodes.FileTooLarge or DiagnosticCodes.UnknownCitation);
        Assert.Contains("schultz-1997", content.Sources.Keys);
    }

    [Fact]
    public void RegistryOverItsSizeLimitIsNotReadAndKeepsTheLastGoodSources()
    {
        using var tree = TwoPages();
        var first = tree.Load();

        tree.Sources(Sample.Sources + Padding(ContentFileReader.MaxRegistryBytes + 1));
        var reloaded = tree.Load(first);

        var diagnostic = reloaded.Content.SingleDiagnostic(DiagnosticCodes.FileTooLarge);
        Assert.Equal(("content/sources.yml", 0), (diagnostic.File, diagnostic.Line));
        Assert.Contains("registry", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("schultz-1997", reloaded.Content.Sources.Keys);
        AssertLastGoodKept(reloaded);
    }

    // YAML comment lines: the file grows past a limit without adding entries.
    private static string Padding(int atLeastBytes) =>
        new StringBuilder().Insert(0, "# a note kept beside the sources\n", atLeastBytes / 33 + 1).ToString();

    [Fact]
    public void FileJustUnderTheSizeLimitIsRead()
    {
        using var tree = TwoPages();
        var page = Sample.Page("Reward, long", "Dopamine rises [@schultz-1997].\n\n");

        tree.Topic("reward", page + new string('x', ContentFileReader.MaxPageBytes - page.Length));

        Assert.Equal("Reward, long", tree.Load().Content.BySlug["reward"].Title);
    }

    [Fact]
    public void SymbolicLinkOutsideTheRootIsNeverReadAndIsReported()
    {
        using var tree = TwoPages();
        var secret = tree.WriteOutside("secret.md", Sample.Page("Secret", "Private words [@schultz-1997]."));

        tree.Link("topics/secret.md", secret);
        var content = tree.Load().Content;

        Assert.False(content.BySlug.ContainsKey("secret"));
        Assert.DoesNotContain(content.Articles, a => a.Title == "Secret");
        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.RefusedSymbolicLink);
        Assert.Equal(("content/topics/secret.md", 0), (diagnostic.File, diagnostic.Line));
        Assert.Equal(["reward", "wanting"], content.Articles.Select(a => a.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PageReplacedByALinkOutsideTheRootKeepsItsLastGoodVersion()
    {
        using var tree = TwoPages();
        var first = tree.Load();

        tree.Link("topics/reward.md", tree.WriteOutside("reward.md", Sample.Page("Reward from elsewhere", "Other [@schultz-1997].")));
        var reloaded = tree.Load(first);

        AssertLastGoodKept(reloaded);
        Assert.Equal(RewardFile, reloaded.Content.SingleDiagnostic(DiagnosticCodes.RefusedSymbolicLink).File);
    }

    [Fact]
    public void RegistryLinkedOutsideTheRootKeepsTheOldSources()
    {
        using var tree = TwoPages();
        var first = tree.Load();

        tree.Link(ContentLoader.SourcesFile, tree.WriteOutside("sources.yml", "- id: other\n  type: book\n  title: Other\n"));
        var content = tree.Load(first).Content;

        Assert.Equal(first.Content.Sources.Keys.Order(StringComparer.Ordinal), content.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("content/sources.yml", content.SingleDiagnostic(DiagnosticCodes.RefusedSymbolicLink).File);
    }

    [Fact]
    public void LinkedFolderIsNotFollowedAndIsReported()
    {
        using var tree = TwoPages();
        var outside = Path.GetDirectoryName(tree.WriteOutside("more/secret.md", Sample.Page("Secret", "Private [@schultz-1997].")))!;

        tree.Link("topics/more", outside);
        var content = tree.Load().Content;

        Assert.False(content.BySlug.ContainsKey("secret"));
        Assert.Equal("content/topics/more", content.SingleDiagnostic(DiagnosticCodes.RefusedSymbolicLink).File);
    }

    [Fact]
    public void LinkToAFileInsideTheRootIsReadLikeTheFile()
    {
        using var tree = TwoPages().Write("drafts/craving.md", Sample.Page("Craving", "Craving grows [@lembke-2021]."));

        tree.Link("questions/craving.md", Path.Combine(tree.Root, "drafts", "craving.md"));
        var content = tree.Load().Content;

        Assert.Equal("Craving", content.BySlug["craving"].Title);
        Assert.DoesNotContain(content.Diagnostics, d => d.Code == DiagnosticCodes.RefusedSymbolicLink);
    }
}
