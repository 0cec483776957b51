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

    /// <param name="ex">An exception for which <see cref="IsParseFailure"/> is true.</param>
    /// <param name="problems">The file's problems.</param>
    /// <param name="firstLine">The file line the YAML text starts on (2 for front matter, 1 for a whole file).</param>
    public static void Report(Exception ex, FileDiagnostics problems, int firstLine)
    {
        var (line, column, message) = ex is YamlException yaml
            ? ((int)yaml.Start.Line - 1 + firstLine, (int)yaml.Start.Column, ex.InnerException?.Message ?? ex.Message)
            : (firstLine, 0, "a bracket or quote is never closed.");
        problems.Report(DiagnosticCodes.MalformedYaml, Math.Max(line, firstLine),
            $"Malformed YAML: {message} Check quotes, brackets and indentation.", column);
    }
}
