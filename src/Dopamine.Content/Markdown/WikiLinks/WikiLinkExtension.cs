using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Dopamine.Content.Markdown.WikiLinks;

/// <summary>Adds <c>[[slug]]</c> links; the linker resolves them after parsing.</summary>
internal sealed class WikiLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<WikiLinkRenderer>())
        {
            html.ObjectRenderers.InsertBefore<LinkInlineRenderer>(new WikiLinkRenderer());
        }
    }
}
