namespace Dopamine.Web.Seo;

/// <summary>
/// <c>/robots.txt</c>: crawl everything but the JSON API, and find the sitemap here. Search result pages stay
/// crawlable: they are real pages with canonical URLs, and Lighthouse's SEO audit (a target of this site) fails
/// a page that robots.txt blocks.
/// </summary>
internal static class RobotsText
{
    public static string Build(AbsoluteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return $"""
            User-agent: *
            Allow: /
            Disallow: /api/

            Sitemap: {urls.To("/sitemap.xml")}

            """;
    }
}
