using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Diagnostics;

/// <summary>A problem found in a syntax node is reported at the node's line and 1-based column, as editors count them.</summary>
public class DiagnosticColumnTests
{
    [Fact]
    public void UnknownCitationKeyIsReportedAtItsBracket()
    {
        // The body starts on line 5; "[@nobody-1999]" opens at the 16th character of its line.
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@nobody-1999]."));

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.UnknownCitation);

        Assert.Equal((5, 16), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("content/topics/reward.md:5:16: DK001 error ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenLinkInsideAListItemIsReportedAtItsBrackets()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward",
            "Dopamine rises [@schultz-1997].\n\n1. See also [[nowhere]] for more."));

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.BrokenLink);

        Assert.Equal((7, 13), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void UnknownEvidenceLabelIsReportedAtItsBracket()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward",
            "Dopamine rises [@schultz-1997]. [evidence: shaky]"));

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.UnknownEvidenceLabel);

        Assert.Equal((5, 33), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void AProblemWithTheWholeFileHasNoColumn()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises."));

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.NoSources);

        Assert.Equal(0, diagnostic.Column);
    }
}
