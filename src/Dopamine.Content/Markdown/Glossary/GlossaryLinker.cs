using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Markdown.Glossary;

/// <summary>Links the first use of each glossary term in a page's paragraphs to its glossary entry.</summary>
internal static class GlossaryLinker
{
    /// <summary>Rewrites the document in place; returns the ids of the terms it linked.</summary>
    public static IReadOnlyList<string> Link(MarkdownDocument document, GlossaryMatcher matcher)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        var literals = document.Descendants<ParagraphBlock>()
            .SelectMany(p => p.Inline?.Descendants<LiteralInline>() ?? [])
            .Where(l => !InsideLink(l))
            .ToList();
        foreach (var literal in literals)
        {
            var current = literal;
            while (current is not null && matcher.FirstMatch(current.Content.AsSpan(), linked) is { } match)
            {
                linked.Add(match.Term.Id);
                order.Add(match.Term.Id);
                current = Split(current, match.Index, match.Length, match.Term);
            }
        }

        return order;
    }

    // Replaces the matched words with a glossary link; returns the literal holding the rest of the text, if any.
    private static LiteralInline? Split(LiteralInline literal, int index, int length, Model.GlossaryTerm term)
    {
        var content = literal.Content;
        var start = content.Start + index;
        var link = new GlossaryLinkInline
        {
            TermId = term.Id,
            Text = content.Text.Substring(start, length),
            Definition = term.Definition,
            Line = literal.Line,
            Column = literal.Column,
        };
        literal.Content = new StringSlice(content.Text, content.Start, start - 1);
        literal.InsertAfter(link);
        if (start + length > content.End)
        {
            return null;
        }

        var rest = new LiteralInline(new StringSlice(content.Text, start + length, content.End)) { Line = literal.Line };
        link.InsertAfter(rest);
        return rest;
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }
}
