using System.Globalization;
using System.Xml.Linq;
using Dopamine.Content.Model;

namespace Dopamine.Web.Seo;

/// <summary>
/// <c>/feed.xml</c> (Atom 1.0, RFC 4287): the most recently reviewed pages, newest first. A page without a
/// <c>reviewed</c> date has no honest <c>updated</c> value, so it is left out.
/// </summary>
internal static class AtomFeedDocument
{
    public const string MediaType = "application/atom+xml";
    public const int EntryCount = 20;
    public static readonly XNamespace Namespace = "http://www.w3.org/2005/Atom";

    public static XDocument Build(ContentSet content, AbsoluteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(urls);
        var recent = content.Articles
            .Where(a => a.Reviewed is not null)
            .OrderByDescending(a => a.Reviewed)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .Take(EntryCount)
            .ToList();
        // An empty feed still needs an updated date; the epoch is honest about knowing none.
        var updated = recent.Count > 0 ? recent[0].Reviewed!.Value : DateOnly.FromDateTime(DateTime.UnixEpoch);

        return new XDocument(new XElement(Namespace + "feed",
            new XElement(Namespace + "id", urls.To("/")),
            new XElement(Namespace + "title", "Dopamine"),
            new XElement(Namespace + "subtitle", "Cited answers about dopamine, newest reviews first."),
            new XElement(Namespace + "updated", Rfc3339(updated)),
            new XElement(Namespace + "link", new XAttribute("rel", "self"), new XAttribute("type", MediaType), new XAttribute("href", urls.To("/feed.xml"))),
            new XElement(Namespace + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", urls.To("/"))),
            new XElement(Namespace + "author", new XElement(Namespace + "name", "Dopamine editorial team"), new XElement(Namespace + "uri", urls.To("/about"))),
            recent.Select(article => Entry(article, urls))));
    }

    /// <summary>A review date as an RFC 3339 timestamp at midnight UTC: <c>2026-11-20T00:00:00Z</c>.</summary>
    public static string Rfc3339(DateOnly date) => date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);

    private static XElement Entry(Article article, AbsoluteUrls urls) => new(Namespace + "entry",
        new XElement(Namespace + "id", urls.To(article.Url)),
        new XElement(Namespace + "title", new XAttribute("type", "text"), article.Title),
        new XElement(Namespace + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", urls.To(article.Url))),
        new XElement(Namespace + "updated", Rfc3339(article.Reviewed!.Value)),
        new XElement(Namespace + "summary", new XAttribute("type", "text"), article.Summary),
        article.Tags.Select(tag => new XElement(Namespace + "category", new XAttribute("term", tag))));
}
