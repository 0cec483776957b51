using Dopamine.Web.Seo.StructuredData;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Dopamine.Web.Seo;

/// <summary>
/// What the layout's head tells crawlers and link previews about a page: its canonical URL (none on an error
/// page, which asks not to be indexed instead), Open Graph and Twitter card values, and its JSON-LD.
/// </summary>
internal sealed record HeadMetadata(string Title, string? Description, string? CanonicalUrl, string OpenGraphType, IReadOnlyList<string> JsonLd)
{
    /// <summary>ViewData key for a canonical path other than the requested one, e.g. a tag in its lower-case form.</summary>
    public const string CanonicalPathKey = "CanonicalPath";

    public static HeadMetadata For(ViewDataDictionary viewData, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        ArgumentNullException.ThrowIfNull(context);
        var urls = AbsoluteUrls.For(context);
        var path = viewData[CanonicalPathKey] as string ?? context.Request.Path.ToUriComponent();
        var data = viewData[IStructuredData.ViewDataKey] as IStructuredData;
        return new HeadMetadata(
            viewData["Title"] as string ?? "Dopamine",
            viewData["Description"] as string,
            context.Response.StatusCode >= StatusCodes.Status400BadRequest ? null : urls.To(path),
            data?.OpenGraphType ?? "website",
            data is null ? [] : data.Build(urls).Select(StructuredData.JsonLd.Serialize).ToList());
    }
}
