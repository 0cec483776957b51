using Dopamine.Content;
using Dopamine.Content.Loading;

namespace Dopamine.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/Dopamine.Web -- check [--warnings-as-errors] [content-root]</c>: prints every content
/// problem as <c>file:line:col: CODE severity message</c> and exits 1 if there is an error (or, with
/// <c>--warnings-as-errors</c>, a warning), 0 otherwise.
/// </summary>
internal static class CheckCommand
{
    public const string WarningsAsErrors = "--warnings-as-errors";

    public static int Run(string[] args, TextWriter output)
    {
        var warningsAsErrors = args.Contains(WarningsAsErrors, StringComparer.Ordinal);
        var rootArgument = args.FirstOrDefault(a => a != WarningsAsErrors) ?? "content";
        var root = ContentRoot.Resolve(rootArgument, AppContext.BaseDirectory);
        var content = ContentLoader.Load(root).Content;
        var diagnostics = content.Diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        output.WriteLine($"{content.Articles.Count} pages, {content.Sources.Count} sources, {errors} errors, {warnings} warnings in {root}");
        return errors > 0 || (warningsAsErrors && warnings > 0) ? 1 : 0;
    }
}
