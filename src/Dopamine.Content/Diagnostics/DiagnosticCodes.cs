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

    private static readonly HashSet<string> Fatal =
        [MalformedYaml, UnknownFrontMatterKey, MissingField, MissingFrontMatter, UnreadableFile];

    /// <summary>True for codes that stop a file from becoming a page.</summary>
    public static bool IsFatal(string code) => Fatal.Contains(code);
}
