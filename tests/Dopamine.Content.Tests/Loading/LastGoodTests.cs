using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Loading;

public class LastGoodTests
{
    private const string BrokenReward = """
        ---
        title: Reward, rewritten
        summary: Dopamine: broken YAML.
        ---
        Dopamine rises [@schultz-1997].
        """;

    [Fact]
    public void PageBrokenByAnEditKeepsItsLastGoodVersion()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        var first = tree.Load();

        tree.Topic("reward", BrokenReward);
        var content = tree.Load(first).Content;

        Assert.Equal("Reward", content.BySlug["reward"].Title);
        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);
        Assert.Equal(("content/topics/reward.md", 3), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void LastGoodVersionSurvivesSeveralBrokenReloads()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        var first = tree.Load();

        tree.Topic("reward", BrokenReward);
        var second = tree.Load(first);
        tree.Topic("reward", BrokenReward + "\nStill broken.\n");
        var third = tree.Load(second);

        Assert.Equal("Reward", third.Content.BySlug["reward"].Title);
    }

    [Fact]
    public void FixedPageReplacesItsLastGoodVersion()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        var first = tree.Load();
        tree.Topic("reward", BrokenReward);
        var broken = tree.Load(first);

        tree.Topic("reward", Sample.Page("Reward, rewritten", "Dopamine rises [@schultz-1997]."));
        var content = tree.Load(broken).Content;

        Assert.Equal("Reward, rewritten", content.BySlug["reward"].Title);
        Assert.DoesNotContain(content.Diagnostics, d => d.Code == DiagnosticCodes.MalformedYaml);
    }

    [Fact]
    public void PagesLinkingToAnEditedPageShowItsNewTitle()
    {
        using var tree = ContentTree.WithSources()
            .Topic("wanting", Sample.Page("Wanting", "Different [@berridge-2007]."))
            .Topic("reward", Sample.Page("Reward", "See [[wanting]] [@schultz-1997]."));
        var first = tree.Load();

        tree.Topic("wanting", Sample.Page("Wanting versus liking", "Different [@berridge-2007]."));
        var content = tree.Load(first).Content;

        Assert.Equal("Wanting versus liking", Html.Parse(content.BySlug["reward"].BodyHtml).QuerySelector("a.page-link")!.TextContent);
        Assert.Equal("Wanting versus liking", Assert.Single(content.BacklinksTo("wanting")).LinkText);
    }

    [Fact]
    public void BrokenSourcesFileKeepsTheOldSources()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        var first = tree.Load();

        tree.Sources("- id: schultz-1997\n  type: paper\n  title: [unclosed\n");
        var content = tree.Load(first).Content;

        Assert.Equal(first.Content.Sources.Keys.Order(StringComparer.Ordinal), content.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("schultz-1997", Assert.Single(content.BySlug["reward"].Citations).Source.Id);
        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);
        Assert.Equal("content/sources.yml", diagnostic.File);
    }

    [Fact]
    public void NewFileThatIsBrokenIsAbsentAndReported()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        var first = tree.Load();

        tree.Question("why-crave", BrokenReward);
        var content = tree.Load(first).Content;

        Assert.False(content.BySlug.ContainsKey("why-crave"));
        Assert.Equal(["reward"], content.Articles.Select(a => a.Slug));
        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);
        Assert.Equal("content/questions/why-crave.md", diagnostic.File);
    }

    [Fact]
    public void DeletedPageIsGoneAfterReload()
    {
        using var tree = ContentTree.WithSources()
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."))
            .Topic("wanting", Sample.Page("Wanting", "Different [@berridge-2007]."));
        var first = tree.Load();

        tree.Delete("topics/wanting.md");
        var content = tree.Load(first).Content;

        Assert.Equal(["reward"], content.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void VersionStaysTheSameWhenNothingChanges()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        var first = tree.Load();

        var second = tree.Load(first);

        Assert.Equal(first.Content.Version, second.Content.Version);
        Assert.Equal(first.Content.Version, tree.Load().Content.Version);
    }

    [Theory]
    [InlineData("topics/reward.md", "---\ntitle: Reward\nsummary: What reward does, edited.\n---\nDopamine rises [@schultz-1997].\n")]
    [InlineData("topics/new-page.md", "---\ntitle: New page\nsummary: New.\n---\nDopamine rises [@schultz-1997].\n")]
    [InlineData("sources.yml", "- id: schultz-1997\n  type: paper\n  title: Renamed\n")]
    [InlineData("home.yml", "intro: Welcome.\n")]
    public void VersionChangesWhenAFileChanges(string file, string text)
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        var first = tree.Load();

        tree.Write(file, text);
        var second = tree.Load(first);

        Assert.NotEqual(first.Content.Version, second.Content.Version);
    }

    [Fact]
    public void VersionChangesWhenAPageIsDeleted()
    {
        using var tree = ContentTree.WithSources()
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."))
            .Topic("wanting", Sample.Page("Wanting", "Different [@berridge-2007]."));
        var first = tree.Load();

        tree.Delete("topics/wanting.md");

        Assert.NotEqual(first.Content.Version, tree.Load(first).Content.Version);
    }

    [Fact]
    public void BrokenEditLeavesTheVersionAsItWas()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        var first = tree.Load();

        tree.Topic("reward", BrokenReward);

        Assert.Equal(first.Content.Version, tree.Load(first).Content.Version);
    }
}
