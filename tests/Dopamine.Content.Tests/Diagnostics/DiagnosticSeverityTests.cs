using System.Reflection;
using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Diagnostics;

/// <summary>
/// Each code's severity: errors are what readers would see wrong (a broken link, an unknown citation, a file not
/// published as written), warnings the editorial standard and unused entries. The check command fails on errors.
/// </summary>
public class DiagnosticSeverityTests
{
    [Theory]
    [InlineData(DiagnosticCodes.UnknownCitation, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.BrokenLink, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.UnknownRelated, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.DuplicateSlug, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.DuplicateTitle, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.NoSources, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.MalformedYaml, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.UnknownFrontMatterKey, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.MissingField, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.MissingFrontMatter, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.UnreadableFile, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.DuplicateId, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.InvalidEntry, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.RelatedToSelf, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.UnknownStartHere, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.UnknownEvidenceLabel, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.MalformedDoi, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.TimestampPastEnd, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.UnusedSource, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.UncitedKeyPoint, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.MissingEvidence, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.TooFewSources, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.KeyPointCount, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.RelatedCount, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.MissingReviewed, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.UnknownTag, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.UnusedGlossaryTerm, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticCodes.FileTooLarge, DiagnosticSeverity.Error)]
    [InlineData(DiagnosticCodes.RefusedSymbolicLink, DiagnosticSeverity.Error)]
    public void EachCodeHasItsSeverity(string code, DiagnosticSeverity severity) =>
        Assert.Equal(severity, DiagnosticCodes.SeverityOf(code));

    [Fact]
    public void EveryCodeIsGivenASeverity()
    {
        var declared = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(declared.Order(StringComparer.Ordinal), DiagnosticCodes.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AReportedDiagnosticCarriesItsCodesSeverity()
    {
        using var tree = ContentTree.WithSources()
            .Glossary("- id: rpe\n  term: reward prediction error\n  definition: The gap between expected and actual reward.\n")
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@nobody-1999]."));

        var content = tree.Load().Content;

        Assert.Equal(DiagnosticSeverity.Error, content.SingleDiagnostic(DiagnosticCodes.UnknownCitation).Severity);
        Assert.Equal(DiagnosticSeverity.Warning, content.SingleDiagnostic(DiagnosticCodes.UnusedGlossaryTerm).Severity);
    }
}
