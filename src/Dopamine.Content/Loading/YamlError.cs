using Dopamine.Content.Diagnostics;
using YamlDotNet.Core;

namespace Dopamine.Content.Loading;

/// <summary>Turns a YAML parse failure into a diagnostic that points at the offending line.</summary>
internal static class YamlError
{
    /// <summary>
    /// True for the exceptions YamlDotNet throws on malformed input. Besides <see cref="YamlException"/>, its
    /// scanner throws <see cref="InvalidOperationException"/> on some truncated flow collections (<c>[unclosed</c>).
    /// </summary>
    public static bool IsParseFailure(Exception ex) => ex is YamlException or InvalidOperationException;

    /// <param name="firstLine">The file line the YAML text starts on (2 for front matter, 1 for a whole file).</param>
    public static Diagnostic ToDiagnostic(Exception ex, string file, int firstLine)
    {
        var line = ex is YamlException yaml ? (int)yaml.Start.Line - 1 + firstLine : firstLine;
        var message = ex is YamlException ? ex.InnerException?.Message ?? ex.Message : "a bracket or quote is never closed.";
        return new Diagnostic(DiagnosticCodes.MalformedYaml, file, Math.Max(line, firstLine),
            $"Malformed YAML: {message} Check quotes, brackets and indentation.");
    }
}
