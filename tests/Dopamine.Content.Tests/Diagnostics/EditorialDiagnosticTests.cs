using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Diagnostics;

/// <summary>The editorial standard every page must meet, as the check command reports it.</summary>
public sealed class EditorialDiagnosticTests
{
    private const string ThreeCitedPoints = """
        ## Key points

        1. **One.** First claim [@schultz-1997].
        2. **Two.** Second claim [@berridge-2007].
        3. **Three.** Third claim [@lembke-2021].
        """;

    private static readonly string[] Standard =
    [
        "tags: [basics]", "related: [b, c, d]", "reviewed: 2026-11-01", "evidence: strong", "evidence_note: Replicated.",
    ];

    private static ContentTree TreeWith(string body, params string[] frontMatter)
    {
        var tree = ContentTree.WithSources()
            .Write("tags.yml", "- id: basics\n  description: The basics.\n");
        foreach (var slug in new[] { "b", "c", "d" })
        {
            tree.Question(slug, Sample.Page($"Page {slug}", ThreeCitedPoints, Standard));
        }

        return tree.Topic("a", Sample.Page("Page a", body, frontMatter.Length > 0 ? frontMatter : Standard));
    }

    private static string[] StandardWithout(string key) => Standard.Where(l => !l.StartsWith(key, StringComparison.Ordinal)).ToArray();

    [Fact]
    public void APageMeetingTheStandardHasNoEditorialDiagnostics()
    {
        using var tree = TreeWith(ThreeCitedPoints);

        var diagnostics = tree.Load().Content.DiagnosticsFor("content/topics/a.md");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void KeyPointWithoutACitationIsReportedOnItsLine()
    {
        using var tree = TreeWith("## Key points\n\n1. **One.** Cited [@schultz-1997].\n2. **Two.** Not cited.\n3. **Three.** Cited [@lembke-2021] [@berridge-2007].\n");

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.UncitedKeyPoint);

        Assert.Equal(("content/topics/a.md", 13), (diagnostic.File, diagnostic.Line));
        Assert.Contains("Key point 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1. **Only.** One point [@schultz-1997] [@berridge-2007] [@lembke-2021].\n")]
    [InlineData("1. a [@schultz-1997]\n2. b [@berridge-2007]\n3. c [@lembke-2021]\n4. d [@lembke-2021]\n5. e [@lembke-2021]\n6. f [@lembke-2021]\n7. g [@lembke-2021]\n8. h [@lembke-2021]\n")]
    public void KeyPointsOutsideThreeToSevenAreReported(string points)
    {
        using var tree = TreeWith("## Key points\n\n" + points);

        Assert.Contains(tree.Load().Content.Diagnostics, d => d.Code == DiagnosticCodes.KeyPointCount && d.File == "content/topics/a.md");
    }

    [Fact]
    public void PageWithoutKeyPointsIsReported()
    {
        using var tree = TreeWith("Just prose [@schultz-1997] [@berridge-2007] [@lembke-2021].");

        Assert.Contains(tree.Load().Content.Diagnostics, d => d.Code == DiagnosticCodes.KeyPointCount && d.File == "content/topics/a.md");
    }

    [Fact]
    public void MissingEvidenceLabelIsReported()
    {
        using var tree = TreeWith(ThreeCitedPoints, StandardWithout("evidence"));

        Assert.Equal("content/topics/a.md", tree.Load().Content.SingleDiagnostic(DiagnosticCodes.MissingEvidence).File);
    }

    [Fact]
    public void MissingReviewedDateIsReported()
    {
        using var tree = TreeWith(ThreeCitedPoints, StandardWithout("reviewed"));

        Assert.Equal("content/topics/a.md", tree.Load().Content.SingleDiagnostic(DiagnosticCodes.MissingReviewed).File);
    }

    [Fact]
    public void RelatedListShorterThanThreeIsReportedOnItsLine()
    {
        using var tree = TreeWith(ThreeCitedPoints, [.. StandardWithout("related"), "related: [b]"]);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.RelatedCount);

        Assert.Equal(("content/topics/a.md", 8), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void FewerThanThreeSourcesOrNoPrimaryLiteratureIsReported()
    {
        using var tree = TreeWith("## Key points\n\n1. a [@hl-055]\n2. b [@berridge-2007]\n3. c [@hl-055-baseline]\n");

        Assert.Equal("content/topics/a.md", tree.Load().Content.SingleDiagnostic(DiagnosticCodes.TooFewSources).File);
    }

    [Fact]
    public void TagOutsideTheControlledListIsReported()
    {
        using var tree = TreeWith(ThreeCitedPoints, [.. StandardWithout("tags"), "tags: [basics, vibes]"]);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.UnknownTag);

        Assert.Contains("'vibes'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownInlineEvidenceLevelIsReportedAndAKnownOneIsShown()
    {
        using var tree = TreeWith("## Key points\n\n1. a [@schultz-1997] [evidence: emerging]\n2. b [@berridge-2007] [evidence: shaky]\n3. c [@lembke-2021]\n");

        var content = tree.Load().Content;

        Assert.Equal(13, content.SingleDiagnostic(DiagnosticCodes.UnknownEvidenceLabel).Line);
        var label = Html.Parse(content.BySlug["a"].BodyHtml).QuerySelector("#point-1 .evidence-tag");
        Assert.Equal("Emerging evidence", label?.TextContent);
    }

    [Fact]
    public void UnusedSourceIsReportedAtItsLineInSourcesYml()
    {
        using var tree = TreeWith(ThreeCitedPoints);

        var diagnostic = tree.Load().Content.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnusedSource).ToList();

        // hl-055-baseline and its episode are cited by nobody in this tree.
        Assert.Equal(["content/sources.yml"], diagnostic.Select(d => d.File).Distinct());
        Assert.Contains(diagnostic, d => d.Message.Contains("'hl-055-baseline'", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedDoiIsReported()
    {
        using var tree = new ContentTree().Sources("- id: x\n  type: paper\n  title: T\n  doi: https://doi.org/10.1/abc\n");

        Assert.Equal(1, tree.Load().Content.SingleDiagnostic(DiagnosticCodes.MalformedDoi).Line);
    }

    [Fact]
    public void TimestampPastTheEndOfTheEpisodeIsReported()
    {
        using var tree = new ContentTree()
            .Sources("- id: ep\n  type: episode\n  title: E\n  duration: \"1:02:00\"\n- id: p\n  type: paper\n  title: P\n")
            .Topic("a", Sample.Page("A", "Early [@ep, 12:31] and late [@ep, 1:30:00] and [@p]."));

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.TimestampPastEnd);

        Assert.Contains("1:30:00", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GlossaryTermIsLinkedOnFirstUseOnlyAndAnUnusedTermIsReported()
    {
        using var tree = TreeWith("## Key points\n\n1. The VTA sends dopamine [@schultz-1997].\n2. The VTA again [@berridge-2007].\n3. c [@lembke-2021]\n")
            .Glossary("- id: vta\n  term: Ventral tegmental area (VTA)\n  aliases: [VTA]\n  definition: A midbrain area.\n- id: unused\n  term: Never mentioned\n  definition: Nobody says this.\n");

        var content = tree.Load().Content;

        var links = Html.Parse(content.BySlug["a"].BodyHtml).QuerySelectorAll("a.glossary-term");
        var link = Assert.Single(links);
        Assert.Equal("/glossary#vta", link.GetAttribute("href"));
        Assert.Equal("VTA", link.TextContent);
        Assert.Contains("'unused'", content.SingleDiagnostic(DiagnosticCodes.UnusedGlossaryTerm).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GlossaryTermsAreNotLinkedInsideOtherLinks()
    {
        using var tree = TreeWith("## Key points\n\n1. See [the VTA page](https://example.org) [@schultz-1997].\n2. b [@berridge-2007]\n3. c [@lembke-2021]\n")
            .Glossary("- id: vta\n  term: Ventral tegmental area (VTA)\n  aliases: [VTA]\n  definition: A midbrain area.\n");

        var body = Html.Parse(tree.Load().Content.BySlug["a"].BodyHtml);

        Assert.Empty(body.QuerySelectorAll("a.glossary-term"));
    }
}
