using System.Text;
using Dopamine.Content.Markdown.Citations;
using Dopamine.Content.Markdown.Glossary;
using Dopamine.Content.Markdown.WikiLinks;
using Dopamine.Content.Model;
using Markdig.Syntax.Inlines;

namespace Dopamine.Content.Linking;

/// <summary>Turns a block's inlines into the plain text a reader sees, optionally noting where one inline falls.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? root)
    {
        var text = new StringBuilder();
        AppendTo(root, text);
        return text.ToString();
    }

    /// <summary>Appends the plain text to <paramref name="text"/>, as <see cref="Of(ContainerInline?)"/> returns it.</summary>
    public static void AppendTo(ContainerInline? root, StringBuilder text) => AppendTo(root, text, null);

    /// <summary>
    /// Appends the plain text and notes in <paramref name="citations"/> where each citation marker falls in
    /// <paramref name="text"/>, with the source numbers it shows.
    /// </summary>
    public static void AppendTo(ContainerInline? root, StringBuilder text, List<CitationMark>? citations)
    {
        Range unused = default;
        if (root is not null)
        {
            Append(root, text, null, ref unused, null, citations);
        }
    }

    /// <summary>
    /// The plain text, the character range of <paramref name="target"/> within it, and the ranges of every
    /// page link (their labels may hold "?" or "." that do not end the surrounding sentence).
    /// </summary>
    public static string Of(ContainerInline? root, Inline? target, out Range targetRange, List<Range> linkRanges)
    {
        var text = new StringBuilder();
        targetRange = default;
        if (root is not null)
        {
            Append(root, text, target, ref targetRange, linkRanges);
        }

        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text, Inline? target, ref Range targetRange, List<Range>? linkRanges,
        List<CitationMark>? citations = null)
    {
        var start = text.Length;
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case WikiLinkInline link:
                text.Append(link.DisplayText);
                linkRanges?.Add(start..text.Length);
                break;
            case GlossaryLinkInline term:
                text.Append(term.Text);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case CitationInline citation:
                citations?.Add(new CitationMark(text.Length, citation.References.Select(r => r.Number).OfType<int>().ToList()));
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text, target, ref targetRange, linkRanges, citations);
                }

                break;
        }

        if (ReferenceEquals(inline, target))
        {
            targetRange = start..text.Length;
        }
    }
}
