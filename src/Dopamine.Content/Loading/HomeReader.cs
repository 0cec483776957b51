using Dopamine.Content.Diagnostics;
using Dopamine.Content.Linking;
using Dopamine.Content.Model;

namespace Dopamine.Content.Loading;

/// <summary>Reads home.yml, keeping its last good version when an edit breaks it.</summary>
internal static class HomeReader
{
    public static HomeSettings Read(ContentFileReader files, string relative, IReadOnlyDictionary<string, PageRef> pages,
        List<Diagnostic> diagnostics)
    {
        var home = (files.Exists(relative) ? files.ReadParsed(relative, Parse, diagnostics) : null) ?? new HomeSettings();
        foreach (var slug in home.StartHere.Where(s => !pages.ContainsKey(s)))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.UnknownStartHere, files.DisplayPath(relative), 0, 0,
                $"start_here names '{slug}', but no page has that slug."));
        }

        return home with { StartHere = home.StartHere.Where(pages.ContainsKey).ToList() };
    }

    private static HomeSettings? Parse(string text, FileDiagnostics problems)
    {
        try
        {
            return YamlReaders.Strict.Deserialize<HomeSettings?>(text) ?? new HomeSettings();
        }
        catch (Exception ex) when (YamlError.IsParseFailure(ex))
        {
            YamlError.Report(ex, problems, firstLine: 1);
            return null;
        }
    }
}
