using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Diagnostics;

public class RegistryDiagnosticTests
{
    private const string UnknownFieldSources = """
        - id: schultz-1997
          type: paper
          title: A neural substrate of prediction and reward

        - id: berridge-2007
          type: review
          titel: The debate over dopamine's role in reward
        """;

    [Fact]
    public void SourceIdUsedTwiceIsReportedOnTheSecondEntryAndTheFirstIsKept()
    {
        using var tree = new ContentTree().Sources("""
            - id: schultz-1997
              type: paper
              title: A neural substrate of prediction and reward

            - id: schultz-1997
              type: paper
              title: Predictive reward signal of dopamine neurons
            """);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.DuplicateId);
        Assert.Equal(("content/sources.yml", 5), (diagnostic.File, diagnostic.Line));
        Assert.Equal("A neural substrate of prediction and reward", content.Sources["schultz-1997"].Title);
    }

    [Fact]
    public void GlossaryIdUsedTwiceIsReported()
    {
        using var tree = new ContentTree().Glossary("""
            - id: vta
              term: Ventral tegmental area
              definition: A cluster of dopamine neurons.
            - id: vta
              term: VTA
              definition: The same cluster again.
            """);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.DuplicateId);
        Assert.Equal(("content/glossary.yml", 4), (diagnostic.File, diagnostic.Line));
        Assert.Equal("Ventral tegmental area", Assert.Single(content.Glossary).Term);
    }

    [Fact]
    public void ClipWhoseEpisodeIsUnknownIsReportedOnItsEntry()
    {
        using var tree = new ContentTree().Sources("""
            - id: hl-039
              type: episode
              title: Controlling Your Dopamine

            - id: hl-039-caffeine
              type: clip
              title: Caffeine Increases Dopamine Receptors
              episode: hl-039

            - id: hl-040-sunlight
              type: clip
              title: Sunlight and Dopamine
              episode: hl-040
            """);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.InvalidEntry);
        Assert.Equal(("content/sources.yml", 10), (diagnostic.File, diagnostic.Line));
        Assert.Contains("hl-040-sunlight", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClipWithoutAnEpisodeIsReported()
    {
        using var tree = new ContentTree().Sources("""
            - id: hl-039-caffeine
              type: clip
              title: Caffeine Increases Dopamine Receptors
            """);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.InvalidEntry);
        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void SourceWithoutATitleIsReportedAndCannotBeCited()
    {
        using var tree = new ContentTree().Sources("""
            - id: schultz-1997
              type: paper
              title: A neural substrate of prediction and reward
            - id: untitled
              type: paper
            """);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.InvalidEntry);
        Assert.Equal(4, diagnostic.Line);
        Assert.False(content.Sources.ContainsKey("untitled"));
    }

    [Fact]
    public void SourceWithAnUnknownFieldIsReportedOnThatFieldsLine()
    {
        using var tree = new ContentTree().Sources(UnknownFieldSources);

        var content = tree.Load().Content;

        var diagnostic = Assert.Single(content.Diagnostics, d => d.Message.Contains("titel", StringComparison.Ordinal));
        Assert.Equal(("content/sources.yml", 7), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void SourceWithAnUnknownFieldIsAnInvalidEntryAndTheOtherSourcesAreKept()
    {
        using var tree = new ContentTree().Sources(UnknownFieldSources);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.InvalidEntry);
        Assert.Equal(7, diagnostic.Line);
        Assert.True(content.Sources.ContainsKey("schultz-1997"));
    }

    [Fact]
    public void MalformedSourcesFileIsReportedOnTheBrokenLine()
    {
        using var tree = new ContentTree().Sources("""
            - id: schultz-1997
              type: paper
              title: A neural substrate: of prediction and reward
            """);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);
        Assert.Equal(("content/sources.yml", 3), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void StartHereSlugThatNamesNoPageIsReportedAndLeftOut()
    {
        using var tree = ContentTree.WithSources()
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."))
            .Home("""
                intro: Start here.
                start_here:
                  - reward
                  - no-such-page
                """);

        var content = tree.Load().Content;

        var diagnostic = content.SingleDiagnostic(DiagnosticCodes.UnknownStartHere);
        Assert.Equal("content/home.yml", diagnostic.File);
        Assert.Contains("no-such-page", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["reward"], content.Home.StartHere);
    }

    [Fact]
    public void MalformedHomeFileIsReportedOnTheBrokenLine()
    {
        using var tree = ContentTree.WithSources().Home("""
            intro: Start here.
            start_here: [reward
            """);

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);
        Assert.Equal("content/home.yml", diagnostic.File);
    }
}
