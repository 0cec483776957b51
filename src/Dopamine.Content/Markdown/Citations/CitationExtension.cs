using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Dopamine.Content.Markdown.Citations;

/// <summary>Adds pandoc-style citations; the linker numbers them after parsing.</summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.InsertBefore<LinkInlineRenderer>(new CitationRenderer());
        }
    }
}
