namespace Dopamine.Content.Diagnostics;

/// <summary>A problem in the content, located at a file and line so an author can fix it.</summary>
/// <param name="Code">A stable code such as <c>DK001</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="File">Path of the file, relative to the content root's parent.</param>
/// <param name="Line">1-based line number; 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record Diagnostic(string Code, string File, int Line, string Message)
{
    /// <summary>True when the file could not be turned into a page at all (its last good version is kept).</summary>
    public bool IsFatal => DiagnosticCodes.IsFatal(Code);

    /// <summary>The <c>file:line: code message</c> form printed by the check command.</summary>
    public override string ToString() => $"{File}:{Line}: {Code} {Message}";
}
