using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Dopamine.Content.Markdown.Glossary;

/// <summary>Renders glossary links; they are not parsed from syntax but placed by <see cref="GlossaryLinker"/>.</summary>
internal sealed class GlossaryExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<GlossaryLinkRenderer>())
        {
            html.ObjectRenderers.InsertBefore<LinkInlineRenderer>(new GlossaryLinkRenderer());
        }
    }
}
