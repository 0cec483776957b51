using Dopamine.Content.Model;
using Markdig.Syntax;

namespace Dopamine.Content.Loading;

/// <summary>A page whose front matter and Markdown parsed, waiting to be linked against the other pages.</summary>
internal sealed record PendingArticle(string Slug, ArticleKind Kind, string File, ParsedFrontMatter FrontMatter, MarkdownDocument Document)
{
    public FrontMatter Matter => FrontMatter.Matter!;

    public int LineOf(string key) => FrontMatter.KeyLines.GetValueOrDefault(key, 1);
}
