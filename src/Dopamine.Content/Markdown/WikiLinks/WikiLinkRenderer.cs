using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dopamine.Content.Markdown.WikiLinks;

/// <summary>
/// Writes a resolved link as an anchor. An unresolved one is written as plain text in a marked span,
/// so a page never carries a link to a page that does not exist (the check command reports it).
/// </summary>
internal sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        if (link.Url is null)
        {
            renderer.Write("<span class=\"missing-link\">").WriteEscape(link.DisplayText).Write("</span>");
            return;
        }

        renderer.Write("<a class=\"page-link\" href=\"").WriteEscapeUrl(link.Url).Write("\">")
            .WriteEscape(link.DisplayText).Write("</a>");
    }
}
