using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Markdown;

/// <summary>The common ending of our inline parsers: locate the node in the source and consume its text.</summary>
internal static class ParsedInline
{
    /// <summary>
    /// Gives <paramref name="inline"/> its span, line and column (diagnostics report them), hands it to Markdig
    /// and moves past <paramref name="lastChar"/>, the index of the syntax's last character.
    /// </summary>
    public static bool Accept(InlineProcessor processor, ref StringSlice slice, Inline inline, int lastChar)
    {
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        inline.Span = new SourceSpan(start, processor.GetSourcePosition(lastChar));
        inline.Line = line;
        inline.Column = column;
        processor.Inline = inline;
        slice.Start = lastChar + 1;
        return true;
    }
}
