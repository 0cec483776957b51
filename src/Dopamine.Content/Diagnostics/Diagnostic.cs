namespace Dopamine.Content.Diagnostics;

/// <summary>A problem in the content, located in a file so an author can fix it.</summary>
/// <param name="Code">A stable code such as <c>DK001</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">The code's severity (<see cref="DiagnosticCodes.SeverityOf"/>).</param>
/// <param name="File">Path of the file, relative to the content root's parent.</param>
/// <param name="Line">1-based line number; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when the problem concerns the whole line or its column is not known.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string File, int Line, int Column, string Message)
{
    /// <summary>A diagnostic with its code's severity.</summary>
    public static Diagnostic Of(string code, string file, int line, int column, string message) =>
        new(code, DiagnosticCodes.SeverityOf(code), file, line, column, message);

    /// <summary>True when the file could not be turned into a page at all (its last good version is kept).</summary>
    public bool IsFatal => DiagnosticCodes.IsFatal(Code);

    /// <summary>True for an error, false for a warning.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// The <c>file:line:col: CODE severity message</c> form printed by the check command, the form compilers use,
    /// so editors and CI annotate the line.
    /// </summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Code} {SeverityName} {Message}";

    /// <summary>The severity as printed and logged: <c>error</c> or <c>warning</c>.</summary>
    public string SeverityName => Severity == DiagnosticSeverity.Error ? "error" : "warning";
}
