using Dopamine.Content.Diagnostics;
using Dopamine.Content.Model;

namespace Dopamine.Content.Tests.Support;

/// <summary>
/// Picks out the diagnostic a test is about. Small fixtures also trip the editorial checks (too few sources,
/// no key points...), so tests name the code they expect instead of counting every diagnostic.
/// </summary>
internal static class DiagnosticQueries
{
    public static Diagnostic SingleDiagnostic(this ContentSet content, string code) =>
        Assert.Single(content.Diagnostics, d => d.Code == code);

    public static IEnumerable<Diagnostic> DiagnosticsFor(this ContentSet content, string file) =>
        content.Diagnostics.Where(d => d.File == file);
}
