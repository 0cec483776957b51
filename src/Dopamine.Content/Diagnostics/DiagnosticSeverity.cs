namespace Dopamine.Content.Diagnostics;

/// <summary>How much a problem matters, which decides whether the check command fails on it.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The content falls short of the editorial standard or carries unused entries; readers see nothing wrong.</summary>
    Warning,

    /// <summary>A page is wrong for readers: a broken link or citation, a file that could not be read or parsed.</summary>
    Error,
}
