using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Diagnostics;

public class PageDiagnosticTests
{
    [Fact]
    public void UnknownFrontMatterKeyIsReportedOnItsLineAndThePageIsNotPublished()
    {
        using var tree = ContentTree.WithSources().Topic("reward", """
            ---
            title: Reward
            summary: What reward does.
            colour: blue
            ---
            Dopamine rises [@schultz-1997].
            """);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.UnknownFrontMatterKey);
        Assert.Equal(("content/topics/reward.md", 4), (diagnostic.File, diagnostic.Line));
        Assert.Contains("colour", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(content.BySlug.ContainsKey("reward"));
    }

    [Fact]
    public void DiagnosticPrintsAsFileLineColumnCodeSeverityMessage()
    {
        using var tree = ContentTree.WithSources().Topic("reward", """
            ---
            title: Reward
            summary: What reward does.
            colour: blue
            ---
            Dopamine rises [@schultz-1997].
            """);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.UnknownFrontMatterKey);

        Assert.StartsWith("content/topics/reward.md:4:1: DK008 error Unknown front-matter key 'colour'.", diagnostic.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedFrontMatterIsReportedOnTheBrokenLine()
    {
        using var tree = ContentTree.WithSources().Question("does-dopamine-feel-good", """
            ---
            title: Does dopamine feel good?
            tags: [reward]
            summary: Dopamine: not pleasure, but wanting.
            ---
            Dopamine rises [@schultz-1997].
            """);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);
        Assert.Equal(("content/questions/does-dopamine-feel-good.md", 4), (diagnostic.File, diagnostic.Line));
        Assert.Empty(content.Articles);
    }

    [Theory]
    [InlineData("reviewed: last tuesday", 4)]
    [InlineData("evidence: overwhelming", 4)]
    [InlineData("tags: {a: b}", 4)]
    public void FrontMatterValueOfTheWrongKindIsMalformedYamlOnItsLine(string line, int expectedLine)
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997].", line));

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);

        Assert.Equal(("content/topics/reward.md", expectedLine), (diagnostic.File, diagnostic.Line));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    public void MissingRequiredFieldIsReportedAndThePageIsNotPublished(string field)
    {
        var frontMatter = field == "title" ? "summary: What reward does." : "title: Reward";
        using var tree = ContentTree.WithSources().Topic("reward", $"---\n{frontMatter}\n---\nDopamine rises [@schultz-1997].\n");

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.MissingField);
        Assert.Equal("content/topics/reward.md", diagnostic.File);
        Assert.Contains($"'{field}'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(content.Articles);
    }

    [Fact]
    public void EmptyTitleCountsAsMissing()
    {
        using var tree = ContentTree.WithSources().Topic("reward", "---\ntitle: \"  \"\nsummary: What reward does.\n---\nText [@schultz-1997].\n");

        var content = tree.Load().Content;

        Assert.Contains("'title'", content.SingleDiagnostic(DiagnosticCodes.MissingField).Message, StringComparison.Ordinal);
        Assert.Empty(content.Articles);
    }

    [Theory]
    [InlineData("# Reward\n\nDopamine rises [@schultz-1997].\n")]
    [InlineData("---\ntitle: Reward\nsummary: What reward does.\n\nDopamine rises [@schultz-1997].\n")]
    public void PageWithoutAFrontMatterBlockIsReported(string text)
    {
        using var tree = ContentTree.WithSources().Topic("reward", text);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.MissingFrontMatter);
        Assert.Equal(("content/topics/reward.md", 1), (diagnostic.File, diagnostic.Line));
        Assert.Empty(content.Articles);
    }

    [Fact]
    public void UnknownCitationKeyIsReportedWithItsLine()
    {
        using var tree = ContentTree.WithSources().Topic("reward", """
            ---
            title: Reward
            summary: What reward does.
            tags:
              - reward
              - learning
            ---

            Dopamine rises before a reward [@schultz-1997].

            Wanting is not liking,
            as one review argues [@berridge-2007],
            and as another claims [@shultz-1997].
            """);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.UnknownCitation);

        Assert.Equal(("content/topics/reward.md", 13), (diagnostic.File, diagnostic.Line));
        Assert.Contains("shultz-1997", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCitationKeyInsideAListIsReportedWithItsLine()
    {
        using var tree = ContentTree.WithSources().Topic("reward", """
            ---
            title: Reward
            summary: What reward does.
            ---
            ## Key points

            1. Dopamine rises [@schultz-1997].
            2. Wanting is not liking
               and nobody said so [@berridge-2007; @nobody-1999].
            """);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.UnknownCitation);

        Assert.Equal((9), (diagnostic.Line));
    }

    [Fact]
    public void WindowsLineEndingsDoNotShiftReportedLines()
    {
        using var tree = ContentTree.WithSources().Topic("reward",
            "---\r\ntitle: Reward\r\nsummary: What reward does.\r\n---\r\n\r\nDopamine rises [@schultz-1997].\r\n\r\nAnd [@nobody-1999].\r\n");

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.UnknownCitation);
        Assert.Equal((8), (diagnostic.Line));
        Assert.Equal("Reward", content.BySlug["reward"].Title);
    }

    [Fact]
    public void RelatedSlugThatNamesNoPageIsReportedOnTheRelatedLine()
    {
        using var tree = ContentTree.WithSources()
            .Topic("wanting", Sample.Page("Wanting", "Different [@berridge-2007]."))
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997].", "tags: [reward]", "related: [wanting, no-such-page]"));

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.UnknownRelated);
        Assert.Equal(("content/topics/reward.md", 5), (diagnostic.File, diagnostic.Line));
        Assert.Contains("no-such-page", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["wanting"], content.BySlug["reward"].Related);
    }

    [Fact]
    public void PageListingItselfAsRelatedIsReported()
    {
        using var tree = ContentTree.WithSources()
            .Topic("wanting", Sample.Page("Wanting", "Different [@berridge-2007]."))
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997].", "related: [reward, wanting]"));

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.RelatedToSelf);
        Assert.Equal(("content/topics/reward.md", 4), (diagnostic.File, diagnostic.Line));
        Assert.Equal(["wanting"], content.BySlug["reward"].Related);
    }

    [Fact]
    public void SlugUsedByATopicAndAQuestionIsReportedOnTheSecondFile()
    {
        using var tree = ContentTree.WithSources()
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."))
            .Question("reward", Sample.Page("What is reward?", "Dopamine rises [@schultz-1997]."));

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.DuplicateSlug);
        Assert.Equal(("content/questions/reward.md", 1), (diagnostic.File, diagnostic.Line));
        Assert.Contains("content/topics/reward.md", diagnostic.Message, StringComparison.Ordinal);
        var article = Assert.Single(content.Articles);
        Assert.Equal((ArticleKind.Topic, "Reward"), (article.Kind, article.Title));
    }

    [Fact]
    public void TitleSharedByTwoPagesIsReportedOnTheSecondPagesTitleLine()
    {
        using var tree = ContentTree.WithSources()
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."))
            .Question("reward-question", "---\ntags: [reward]\ntitle: REWARD\nsummary: Same title, other case.\n---\nText [@schultz-1997].\n");

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.DuplicateTitle);
        Assert.Equal(("content/questions/reward-question.md", 3), (diagnostic.File, diagnostic.Line));
        Assert.Contains("content/topics/reward.md", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PageThatCitesNothingIsReported()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises, trust me."));

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.NoSources);
        Assert.Equal("content/topics/reward.md", diagnostic.File);
        Assert.True(content.BySlug.ContainsKey("reward"));
    }

    [Fact]
    public void FileThatIsNotUtf8IsReportedAndSkipped()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Sample.Page("Reward", "Dopamine rises [@schultz-1997]. Caf"))
            .Concat(new byte[] { 0xE9, 0x20, 0xFF, 0x0A })
            .ToArray();
        using var tree = ContentTree.WithSources().WriteBytes("topics/reward.md", bytes);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.UnreadableFile);
        Assert.Equal("content/topics/reward.md", diagnostic.File);
        Assert.Empty(content.Articles);
    }

    [Fact]
    public void WellFormedFrontMatterIsReadIntoThePage()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward",
            "Dopamine rises [@schultz-1997].", "tags: [Reward, learning]", "reviewed: 2025-01-31", "evidence: strong"));

        var content = tree.Load().Content;

        Assert.DoesNotContain(content.Diagnostics, d => d.IsFatal);
        Assert.Equal(["reward", "learning"], content.BySlug["reward"].Tags);
        Assert.Equal((EvidenceLevel.Strong, new DateOnly(2025, 1, 31)),
            (content.BySlug["reward"].Evidence, content.BySlug["reward"].Reviewed));
    }
}
