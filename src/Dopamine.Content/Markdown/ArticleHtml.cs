using Ganss.Xss;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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
        var html = writer.ToString();
        // Sanitizing re-parses the page as a DOM, the most costly step of a load. Only what the author wrote as
        // raw HTML or as a link address can carry script: Markdig and our renderers encode everything else.
        return NeedsSanitizing(document) ? Sanitizer.Sanitize(html) : html;
    }

    private static bool NeedsSanitizing(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Any()
        || document.Descendants<HtmlInline>().Any()
        || document.Descendants<LinkInline>().Any(link => !IsSafeAddress(link.Url))
        || document.Descendants<AutolinkInline>().Any(link => !IsSafeAddress(link.Url));

    // A relative address, or an absolute one whose scheme is web or mail. Browsers drop tabs and line breaks in a
    // scheme ("java\tscript:"), so those are dropped before looking.
    private static bool IsSafeAddress(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = string.Concat(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var pathStart = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return true;
        }

        var scheme = compact[..colon];
        return scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
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
