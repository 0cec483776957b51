using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Dopamine.Content.Markdown;

/// <summary>
/// Registers one of our inline syntaxes: its parser runs before Markdig's link parser (all of them start
/// with <c>[</c>), and its renderer writes the node. Idempotent, as Markdig extensions must be.
/// </summary>
internal sealed class InlineSyntaxExtension<TParser, TRenderer> : IMarkdownExtension
    where TParser : InlineParser, new()
    where TRenderer : class, IMarkdownObjectRenderer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TRenderer>())
        {
            html.ObjectRenderers.InsertBefore<LinkInlineRenderer>(new TRenderer());
        }
    }
}
