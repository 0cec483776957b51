using Dopamine.Content.Markdown;
using Dopamine.Content.Model;
using Markdig.Syntax;

namespace Dopamine.Content.Loading;

/// <summary>
/// A page whose front matter parsed, waiting to be linked against the other pages. Its Markdown is parsed only
/// when the page is built: a page the previous load built from the same text is reused without it.
/// </summary>
internal sealed class PendingArticle(string slug, ArticleKind kind, string file, ParsedFrontMatter frontMatter, FileText text)
{
    private readonly Lazy<MarkdownDocument> _document = new(() => Markdig.Markdown.Parse(frontMatter.Body(text.Decode()), ArticlePipeline.Instance));

    public string Slug => slug;
    public ArticleKind Kind => kind;
    public string File => file;
    public ParsedFrontMatter FrontMatter => frontMatter;
    /// <summary>The whole file as published (the last good version when the file on disk is broken).</summary>
    public FileText Text => text;
    /// <summary>The Markdown body, parsed on first use; linking rewrites it, so it is used for one build only.</summary>
    public MarkdownDocument Document => _document.Value;

    public FrontMatter Matter => FrontMatter.Matter;

    public int LineOf(string key) => FrontMatter.KeyLines.GetValueOrDefault(key, 1);
}
