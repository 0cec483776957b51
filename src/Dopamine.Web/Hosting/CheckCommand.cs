using Dopamine.Content;
using Dopamine.Content.Loading;

namespace Dopamine.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/Dopamine.Web -- check [content-root]</c>: prints every content problem as
/// <c>file:line: code message</c> and exits 1 if there is any, 0 if none.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var root = ContentRoot.Resolve(args.FirstOrDefault() ?? "content", AppContext.BaseDirectory);
        var content = ContentLoader.Load(root).Content;
        foreach (var diagnostic in content.Diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line))
        {
            output.WriteLine(diagnostic);
        }

        output.WriteLine($"{content.Articles.Count} pages, {content.Sources.Count} sources, {content.Diagnostics.Count} problems in {root}");
        return content.Diagnostics.Count == 0 ? 0 : 1;
    }
}
