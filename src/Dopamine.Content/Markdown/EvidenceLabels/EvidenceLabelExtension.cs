using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Dopamine.Content.Markdown.EvidenceLabels;

/// <summary>Adds per-key-point evidence labels: <c>[evidence: emerging]</c>.</summary>
internal sealed class EvidenceLabelExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<EvidenceLabelParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new EvidenceLabelParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<EvidenceLabelRenderer>())
        {
            html.ObjectRenderers.InsertBefore<LinkInlineRenderer>(new EvidenceLabelRenderer());
        }
    }
}
