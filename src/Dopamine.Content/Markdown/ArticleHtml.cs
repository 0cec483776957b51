using Ganss.Xss;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Dopamine.Content.Markdown;

/// <summary>Renders a linked document to HTML and sanitizes it, so raw HTML in content can never run script.</summary>
internal static class ArticleHtml
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ArticlePipeline.Instance.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return Sanitizer.Sanitize(writer.ToString());
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var attribute in new[] { "id", "class", "aria-label", "title" })
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
