using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dopamine.Content.Markdown.EvidenceLabels;

/// <summary>Writes a small label such as "Emerging evidence", styled like the page's own evidence label.</summary>
internal sealed class EvidenceLabelRenderer : HtmlObjectRenderer<EvidenceLabelInline>
{
    protected override void Write(HtmlRenderer renderer, EvidenceLabelInline label)
    {
        if (label.Level is not { } level)
        {
            return;
        }

        var name = level.ToString();
        renderer.Write("<span class=\"evidence-tag evidence-").Write(name.ToLowerInvariant()).Write("\">")
            .Write(name).Write(" evidence</span>");
    }
}
