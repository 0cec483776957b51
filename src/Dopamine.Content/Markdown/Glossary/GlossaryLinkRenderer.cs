using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dopamine.Content.Markdown.Glossary;

/// <summary>Writes a term as a link to its glossary entry; the definition rides along for a tooltip.</summary>
internal sealed class GlossaryLinkRenderer : HtmlObjectRenderer<GlossaryLinkInline>
{
    protected override void Write(HtmlRenderer renderer, GlossaryLinkInline term) =>
        renderer.Write("<a class=\"glossary-term\" href=\"/glossary#").WriteEscapeUrl(term.TermId)
            .Write("\" title=\"").WriteEscape(term.Definition).Write("\">")
            .WriteEscape(term.Text).Write("</a>");
}
