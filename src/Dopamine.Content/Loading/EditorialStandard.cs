using Dopamine.Content.Diagnostics;
using Dopamine.Content.Linking;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>
/// The editorial bar every page must clear (see the About page): a labelled answer of 3–7 cited key points,
/// at least three sources including primary literature, a review date, 3–6 curated next questions, known tags.
/// </summary>
internal static class EditorialStandard
{
    public const int MinKeyPoints = 3;
    public const int MaxKeyPoints = 7;
    public const int MinSources = 3;
    public const int MinRelated = 3;
    public const int MaxRelated = 6;

    public static void Check(PendingArticle pending, LinkedBody linked, IReadOnlySet<string>? knownTags, FileDiagnostics problems)
    {
        var matter = pending.Matter;
        if (pending.FrontMatter.Evidence is null || string.IsNullOrWhiteSpace(matter.EvidenceNote))
        {
            problems.Report(DiagnosticCodes.MissingEvidence, pending.LineOf("evidence"),
                "Give the page 'evidence: strong | moderate | emerging | contested' and a one-line 'evidence_note' saying why.");
        }

        if (matter.Reviewed is null)
        {
            problems.Report(DiagnosticCodes.MissingReviewed, 1, "Add 'reviewed: YYYY-MM-DD', the date the page was last checked.");
        }

        if (matter.Related.Count is < MinRelated or > MaxRelated)
        {
            problems.Report(DiagnosticCodes.RelatedCount, pending.LineOf("related"),
                $"'related' lists {matter.Related.Count} pages; curate {MinRelated} to {MaxRelated} next questions.");
        }

        CheckKeyPoints(linked.KeyPoints, problems);
        CheckSources(linked.Citations, problems);
        foreach (var tag in matter.Tags.Where(t => knownTags is not null && !knownTags.Contains(t.Trim().ToLowerInvariant())))
        {
            problems.Report(DiagnosticCodes.UnknownTag, pending.LineOf("tags"),
                $"Tag '{tag}' is not in tags.yml. Use one of: {string.Join(", ", knownTags!.Order(StringComparer.Ordinal))}.");
        }
    }

    private static void CheckKeyPoints(IReadOnlyList<KeyPoint> keyPoints, FileDiagnostics problems)
    {
        if (keyPoints.Count is < MinKeyPoints or > MaxKeyPoints)
        {
            var (line, column) = keyPoints.Count > 0 ? (keyPoints[0].Line, keyPoints[0].Column) : (1, 0);
            problems.Report(DiagnosticCodes.KeyPointCount, line,
                $"The page has {keyPoints.Count} key points; write {MinKeyPoints} to {MaxKeyPoints} as a numbered list right after '## Key points'.",
                column);
        }

        foreach (var point in keyPoints.Where(p => !p.HasCitation))
        {
            problems.Report(DiagnosticCodes.UncitedKeyPoint, point.Line,
                $"Key point {point.Number} has no citation. Cite where it comes from with [@key].", point.Column);
        }
    }

    private static void CheckSources(IReadOnlyList<CitedSource> citations, FileDiagnostics problems)
    {
        // A page with none is already reported (DK006); this is about pages with some, but too few.
        if (citations.Count == 0)
        {
            return;
        }

        if (citations.Count < MinSources || !citations.Any(c => c.Source.IsPrimaryLiterature))
        {
            problems.Report(DiagnosticCodes.TooFewSources, 1,
                $"The page cites {citations.Count} sources, {citations.Count(c => c.Source.IsPrimaryLiterature)} of them a primary paper or book; "
                + $"cite at least {MinSources}, at least one a paper or book.");
        }
    }
}
