using System.Globalization;
using System.Xml.Linq;
using Dopamine.Content.Model;

namespace Dopamine.Web.Seo;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): every page a reader can reach. A page's <c>lastmod</c> is its
/// <c>reviewed</c> date; a listing's is the latest review among the pages it lists; pages whose change
/// date we do not know (about, glossary, the source index) carry none rather than a guess.
/// </summary>
internal static class SitemapDocument
{
    public const string MediaType = "application/xml";
    public static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static XDocument Build(ContentSet content, AbsoluteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(urls);
        var everything = LatestReview(content.Articles);
        IEnumerable<(string Path, DateOnly? LastModified)> pages =
        [
            ("/", everything),
            ("/topics", LatestReview(content.Articles.Where(a => a.Kind == ArticleKind.Topic))),
            ("/questions", LatestReview(content.Articles.Where(a => a.Kind == ArticleKind.Question))),
            .. content.Articles.Select(a => (a.Url, a.Reviewed)),
            ("/tags", everything),
            .. content.Tags.Select(t => ($"/tags/{Uri.EscapeDataString(t.Key)}", LatestReview(t.Value))),
            ("/sources", null),
            .. content.Sources.Keys.Order(StringComparer.Ordinal)
                .Select(id => ($"/sources/{Uri.EscapeDataString(id)}", LatestReview(content.PagesCiting(id)))),
            ("/glossary", null),
            ("/about", null),
        ];

        return new XDocument(new XElement(Namespace + "urlset",
            pages.Select(page => new XElement(Namespace + "url",
                new XElement(Namespace + "loc", urls.To(page.Path)),
                page.LastModified is { } date ? new XElement(Namespace + "lastmod", W3CDate(date)) : null))));
    }

    /// <summary>The date in the W3C Datetime form sitemaps and feeds use: <c>2026-11-20</c>.</summary>
    public static string W3CDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? LatestReview(IEnumerable<Article> articles) => articles.Max(a => a.Reviewed);
}
