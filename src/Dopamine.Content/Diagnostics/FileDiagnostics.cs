using Markdig.Syntax;

namespace Dopamine.Content.Diagnostics;

/// <summary>
/// Collects the problems of one file, each with its code's severity and located in that file, so a check names
/// the code, the place and the message and nothing else. Used by one thread at a time: files are read side by side,
/// each into its own collector.
/// </summary>
/// <param name="file">The file's display path (<c>content/topics/x.md</c>).</param>
/// <param name="bodyLineOffset">File lines before the Markdown body (the front matter), added to Markdig's lines.</param>
internal sealed class FileDiagnostics(string file, int bodyLineOffset = 0)
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The file's display path.</summary>
    public string File => file;

    /// <summary>What was reported, in order.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>How many problems were reported.</summary>
    public int Count => _items.Count;

    /// <summary>Reports a problem with the whole file (line 0).</summary>
    public void ReportFile(string code, string message) => Report(code, line: 0, message);

    /// <summary>Reports a problem at a 1-based file line and, when known, a 1-based column.</summary>
    public void Report(string code, int line, string message, int column = 0) =>
        _items.Add(Diagnostic.Of(code, file, line, column, message));

    /// <summary>Reports a problem where a Markdown node of the body starts (Markdig counts lines and columns from 0).</summary>
    public void Report(string code, MarkdownObject node, string message)
    {
        ArgumentNullException.ThrowIfNull(node);
        Report(code, BodyLine(node.Line), message, node.Column + 1);
    }

    /// <summary>Adds problems reported earlier for this file (a parse the previous load already did).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Converts Markdig's 0-based body line into a 1-based file line.</summary>
    public int BodyLine(int markdigLine) => bodyLineOffset + markdigLine + 1;
}
