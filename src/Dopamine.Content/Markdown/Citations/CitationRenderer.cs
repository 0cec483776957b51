using System.Globalization;
using Dopamine.Content.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dopamine.Content.Markdown.Citations;

/// <summary>
/// Writes numbered superscript markers linking to the page's source cards. An unknown key is written as
/// a visible <c>?</c> that links nowhere; the check command reports it.
/// </summary>
internal sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        renderer.Write("<sup class=\"cite\">");
        var first = true;
        foreach (var reference in citation.References)
        {
            if (!first)
            {
                renderer.Write("<span class=\"cite-sep\">,</span>");
            }

            first = false;
            WriteMarker(renderer, reference);
        }

        renderer.Write("</sup>");
    }

    private static void WriteMarker(HtmlRenderer renderer, CitationReference reference)
    {
        if (reference.Number is not { } number)
        {
            renderer.Write("<span class=\"cite-missing\" title=\"Unknown source\">?</span>");
            return;
        }

        var n = number.ToString(CultureInfo.InvariantCulture);
        var label = reference.Locator is null ? $"Source {n}" : $"Source {n}, at {reference.Locator}";
        renderer.Write("<a href=\"#").Write(CitedSource.AnchorFor(number)).Write("\" aria-label=\"").WriteEscape(label)
            .Write("\">").Write(n).Write("</a>");
    }
}
