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

    public static void Check(PendingArticle pending, LinkedBody linked, IReadOnlySet<string>? knownTags, List<Diagnostic> diagnostics)
    {
        var file = pending.File;
        var matter = pending.Matter;
        if (pending.FrontMatter.Evidence is null || string.IsNullOrWhiteSpace(matter.EvidenceNote))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingEvidence, file, pending.LineOf("evidence"),
                "Give the page 'evidence: strong | moderate | emerging | contested' and a one-line 'evidence_note' saying why."));
        }

        if (matter.Reviewed is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingReviewed, file, 1, "Add 'reviewed: YYYY-MM-DD', the date the page was last checked."));
        }

        if (matter.Related.Count is < MinRelated or > MaxRelated)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.RelatedCount, file, pending.LineOf("related"),
                $"'related' lists {matter.Related.Count} pages; curate {MinRelated} to {MaxRelated} next questions."));
        }

        CheckKeyPoints(linked.KeyPoints, file, diagnostics);
        CheckSources(linked.Citations, file, diagnostics);
        foreach (var tag in matter.Tags.Where(t => knownTags is not null && !knownTags.Contains(t.Trim().ToLowerInvariant())))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownTag, file, pending.LineOf("tags"),
                $"Tag '{tag}' is not in tags.yml. Use one of: {string.Join(", ", knownTags!.Order(StringComparer.Ordinal))}."));
        }
    }

    private static void CheckKeyPoints(IReadOnlyList<KeyPoint> keyPoints, string file, List<Diagnostic> diagnostics)
    {
        if (keyPoints.Count is < MinKeyPoints or > MaxKeyPoints)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.KeyPointCount, file, keyPoints.Count > 0 ? keyPoints[0].Line : 1,
                $"The page has {keyPoints.Count} key points; write {MinKeyPoints} to {MaxKeyPoints} as a numbered list right after '## Key points'."));
        }

        foreach (var point in keyPoints.Where(p => !p.HasCitation))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UncitedKeyPoint, file, point.Line,
                $"Key point {point.Number} has no citation. Cite where it comes from with [@key]."));
        }
    }

    private static void CheckSources(IReadOnlyList<CitedSource> citations, string file, List<Diagnostic> diagnostics)
    {
        // A page with none is already reported (DK006); this is about pages with some, but too few.
        if (citations.Count == 0)
        {
            return;
        }

        if (citations.Count < MinSources || !citations.Any(c => c.Source.IsPrimaryLiterature))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TooFewSources, file, 1,
                $"The page cites {citations.Count} sources, {citations.Count(c => c.Source.IsPrimaryLiterature)} of them a primary paper or book; "
                + $"cite at least {MinSources}, at least one a paper or book."));
        }
    }
}
