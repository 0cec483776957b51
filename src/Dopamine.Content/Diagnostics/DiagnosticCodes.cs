namespace Dopamine.Content.Diagnostics;

/// <summary>Stable codes for every diagnostic, so tests, docs and authors can name them.</summary>
public static class DiagnosticCodes
{
    /// <summary>A citation names a key that is not in sources.yml.</summary>
    public const string UnknownCitation = "DK001";
    /// <summary>A wiki link or relative .md link points at no page.</summary>
    public const string BrokenLink = "DK002";
    /// <summary>A <c>related</c> slug names no page.</summary>
    public const string UnknownRelated = "DK003";
    /// <summary>Two files share a slug.</summary>
    public const string DuplicateSlug = "DK004";
    /// <summary>Two pages share a title.</summary>
    public const string DuplicateTitle = "DK005";
    /// <summary>A page cites no source.</summary>
    public const string NoSources = "DK006";
    /// <summary>YAML that does not parse or has a value of the wrong type.</summary>
    public const string MalformedYaml = "DK007";
    /// <summary>A front-matter key the site does not know.</summary>
    public const string UnknownFrontMatterKey = "DK008";
    /// <summary>A required front-matter field is missing or empty.</summary>
    public const string MissingField = "DK009";
    /// <summary>A Markdown file without a front-matter block.</summary>
    public const string MissingFrontMatter = "DK010";
    /// <summary>A file that cannot be read as UTF-8 text.</summary>
    public const string UnreadableFile = "DK011";
    /// <summary>Two entries of a registry (sources, glossary) share an id.</summary>
    public const string DuplicateId = "DK012";
    /// <summary>A registry entry that lacks a required field or names an unknown one.</summary>
    public const string InvalidEntry = "DK013";
    /// <summary>A page lists itself as related.</summary>
    public const string RelatedToSelf = "DK014";
    /// <summary>home.yml's start-here path names a page that does not exist.</summary>
    public const string UnknownStartHere = "DK015";
    /// <summary>An inline <c>[evidence: x]</c> label whose level is not one of the four.</summary>
    public const string UnknownEvidenceLabel = "DK016";
    /// <summary>A DOI that is not of the form <c>10.NNNN/suffix</c>.</summary>
    public const string MalformedDoi = "DK017";
    /// <summary>A cited timestamp later than the episode's duration, or not a timestamp at all for an episode.</summary>
    public const string TimestampPastEnd = "DK018";
    /// <summary>A source in sources.yml that no page cites.</summary>
    public const string UnusedSource = "DK019";
    /// <summary>A key point without a citation.</summary>
    public const string UncitedKeyPoint = "DK020";
    /// <summary>A page without an evidence label and its one-line reason.</summary>
    public const string MissingEvidence = "DK021";
    /// <summary>A page with fewer than three sources, or none of them a primary paper or book.</summary>
    public const string TooFewSources = "DK022";
    /// <summary>A page without 3–7 numbered key points under "## Key points".</summary>
    public const string KeyPointCount = "DK023";
    /// <summary>A page whose curated <c>related</c> list is not 3–6 pages long.</summary>
    public const string RelatedCount = "DK024";
    /// <summary>A page without a <c>reviewed</c> date.</summary>
    public const string MissingReviewed = "DK025";
    /// <summary>A tag not in tags.yml.</summary>
    public const string UnknownTag = "DK026";
    /// <summary>A glossary term no page uses.</summary>
    public const string UnusedGlossaryTerm = "DK027";
    /// <summary>A page over 1 MB or a registry over 32 MB; it is not read, and its last good version stays.</summary>
    public const string FileTooLarge = "DK028";
    /// <summary>A symbolic link to a folder or to anything outside the content root; it is not followed.</summary>
    public const string RefusedSymbolicLink = "DK029";

    // Error: the page is wrong for readers (a link, citation, date or label that does not work, a file not
    // published as written). Warning: the editorial standard and unused entries, which readers cannot see.
    // DK014 is a warning because the page's own slug is simply dropped from its related list.
    private static readonly Dictionary<string, DiagnosticSeverity> Severities = new(StringComparer.Ordinal)
    {
        [UnknownCitation] = DiagnosticSeverity.Error,
        [BrokenLink] = DiagnosticSeverity.Error,
        [UnknownRelated] = DiagnosticSeverity.Error,
        [DuplicateSlug] = DiagnosticSeverity.Error,
        [DuplicateTitle] = DiagnosticSeverity.Error,
        [NoSources] = DiagnosticSeverity.Warning,
        [MalformedYaml] = DiagnosticSeverity.Error,
        [UnknownFrontMatterKey] = DiagnosticSeverity.Error,
        [MissingField] = DiagnosticSeverity.Error,
        [MissingFrontMatter] = DiagnosticSeverity.Error,
        [UnreadableFile] = DiagnosticSeverity.Error,
        [DuplicateId] = DiagnosticSeverity.Error,
        [InvalidEntry] = DiagnosticSeverity.Error,
        [RelatedToSelf] = DiagnosticSeverity.Warning,
        [UnknownStartHere] = DiagnosticSeverity.Error,
        [UnknownEvidenceLabel] = DiagnosticSeverity.Error,
        [MalformedDoi] = DiagnosticSeverity.Error,
        [TimestampPastEnd] = DiagnosticSeverity.Error,
        [UnusedSource] = DiagnosticSeverity.Warning,
        [UncitedKeyPoint] = DiagnosticSeverity.Warning,
        [MissingEvidence] = DiagnosticSeverity.Warning,
        [TooFewSources] = DiagnosticSeverity.Warning,
        [KeyPointCount] = DiagnosticSeverity.Warning,
        [RelatedCount] = DiagnosticSeverity.Warning,
        [MissingReviewed] = DiagnosticSeverity.Warning,
        [UnknownTag] = DiagnosticSeverity.Warning,
        [UnusedGlossaryTerm] = DiagnosticSeverity.Warning,
        [FileTooLarge] = DiagnosticSeverity.Error,
        [RefusedSymbolicLink] = DiagnosticSeverity.Error,
    };

    private static readonly HashSet<string> Fatal =
        [MalformedYaml, UnknownFrontMatterKey, MissingField, MissingFrontMatter, UnreadableFile, FileTooLarge, RefusedSymbolicLink];

    /// <summary>Every code.</summary>
    public static IReadOnlyCollection<string> All => Severities.Keys;

    /// <summary>The severity a code is reported with.</summary>
    /// <exception cref="ArgumentException">The code is not one of these.</exception>
    public static DiagnosticSeverity SeverityOf(string code) =>
        Severities.TryGetValue(code, out var severity) ? severity : throw new ArgumentException($"Unknown diagnostic code '{code}'.", nameof(code));

    /// <summary>True for codes that stop a file from becoming a page.</summary>
    public static bool IsFatal(string code) => Fatal.Contains(code);
}
