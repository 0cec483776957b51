using System.Text.Json.Nodes;
using Dopamine.Content.Model;

namespace Dopamine.Web.Seo.StructuredData;

/// <summary>
/// A page's JSON-LD: a question page is an FAQPage whose one Question is answered by the summary, a topic page
/// an Article; both cite their sources and carry the breadcrumb the page shows, then the page itself.
/// </summary>
internal sealed class ArticleStructuredData(Article article, ContentSet content, IReadOnlyList<(string Name, string Path)> trail)
    : IStructuredData
{
    public string OpenGraphType => "article";

    public IEnumerable<JsonObject> Build(AbsoluteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var url = urls.To(article.Url);
        var citations = JsonLd.ArrayOf(article.Citations.SelectMany(cited => CitationSchema.For(cited, content)));
        var modified = article.Reviewed is { } reviewed ? SitemapDocument.W3CDate(reviewed) : null;
        var publisher = JsonLd.Node("Organization", ("name", "Dopamine"), ("url", urls.To("/")));

        yield return article.Kind == ArticleKind.Question
            ? JsonLd.Document("FAQPage",
                ("url", url),
                ("name", article.Title),
                ("dateModified", modified),
                ("mainEntity", JsonLd.Node("Question",
                    ("name", article.Title),
                    ("acceptedAnswer", JsonLd.Node("Answer", ("text", article.Summary), ("url", url))))),
                ("publisher", publisher),
                ("citation", citations))
            : JsonLd.Document("Article",
                ("headline", article.Title),
                ("description", article.Summary),
                ("url", url),
                ("mainEntityOfPage", url),
                ("dateModified", modified),
                ("keywords", article.Tags.Count == 0 ? null : string.Join(", ", article.Tags)),
                ("author", JsonLd.Node("Organization", ("name", "Dopamine editorial team"), ("url", urls.To("/about")))),
                ("publisher", publisher),
                ("citation", citations));
        yield return BreadcrumbSchema.For(urls, [.. trail, (article.Title, article.Url)]);
    }
}
