using Dopamine.Content.Diagnostics;
using Dopamine.Content.Loading;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Loading;

/// <summary>Malformed YAML is reported in words that match what is wrong, and only YAML failures count as malformed YAML.</summary>
public class YamlErrorTests
{
    [Fact]
    public void UnclosedFlowMappingIsReportedAsAnUnclosedBracket()
    {
        using var tree = ContentTree.WithSources().Topic("reward", "---\ntitle: {unclosed\nsummary: x\n---\nBody.\n");

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);

        Assert.Contains("bracket", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void UnclosedQuoteIsReportedInYamlDotNetsWordsAtItsColumn()
    {
        using var tree = ContentTree.WithSources().Topic("reward", "---\ntitle: 'unclosed\nsummary: x\n---\nBody.\n");

        var diagnostic = tree.Load().Content.SingleDiagnostic(DiagnosticCodes.MalformedYaml);

        Assert.Contains("quoted scalar", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bracket is", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Column > 0);
    }

    [Fact]
    public void InvalidOperationThrownOutsideYamlDotNetIsNotMalformedYaml()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => _ = Array.Empty<int>().First());

        Assert.False(YamlError.IsParseFailure(thrown));
    }
}
