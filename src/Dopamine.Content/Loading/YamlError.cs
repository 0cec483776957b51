using Dopamine.Content.Diagnostics;
using YamlDotNet.Core;

namespace Dopamine.Content.Loading;

/// <summary>Turns a YAML parse failure into a diagnostic that points at the offending line.</summary>
internal static class YamlError
{
    /// <summary>
    /// True for the exceptions YamlDotNet throws on malformed input: <see cref="YamlException"/>, and the bare
    /// <see cref="InvalidOperationException"/> its scanner throws, with no position, when the text ends inside a flow
    /// list or mapping (<c>[unclosed</c>, <c>{a</c>). One thrown by anything but YamlDotNet is a bug, not bad YAML.
    /// </summary>
    public static bool IsParseFailure(Exception ex) =>
        ex is YamlException || (ex is InvalidOperationException && ex.Source == typeof(YamlException).Assembly.GetName().Name);

    /// <param name="ex">An exception for which <see cref="IsParseFailure"/> is true.</param>
    /// <param name="problems">The file's problems.</param>
    /// <param name="firstLine">The file line the YAML text starts on (2 for front matter, 1 for a whole file).</param>
    public static void Report(Exception ex, FileDiagnostics problems, int firstLine)
    {
        var (line, column, message) = ex is YamlException yaml
            ? ((int)yaml.Start.Line - 1 + firstLine, (int)yaml.Start.Column, ex.InnerException?.Message ?? ex.Message)
            : (firstLine, 0, WithoutPosition(ex));
        problems.Report(DiagnosticCodes.MalformedYaml, Math.Max(line, firstLine),
            $"Malformed YAML: {message} Check quotes, brackets and indentation.", column);
    }

    // The scanner's own exception says only "Operation is not valid due to the current state of the object", so it is
    // named for what it means; any other is passed on in its own words rather than guessed at.
    private static string WithoutPosition(Exception ex) =>
        ex.TargetSite?.DeclaringType == typeof(Scanner)
            ? "the text ends inside a '[ ]' or '{ }' list: a bracket is likely never closed."
            : ex.Message;
}
