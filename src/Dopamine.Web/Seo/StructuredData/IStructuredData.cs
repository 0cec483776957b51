using System.Text.Json.Nodes;

namespace Dopamine.Web.Seo.StructuredData;

/// <summary>
/// What a page tells machines about itself: schema.org JSON-LD nodes and its Open Graph type. A page puts one
/// in <c>ViewData[IStructuredData.ViewDataKey]</c>; the layout's head renders it with absolute URLs.
/// </summary>
internal interface IStructuredData
{
    const string ViewDataKey = "StructuredData";

    /// <summary><c>article</c> or <c>website</c>.</summary>
    string OpenGraphType { get; }

    /// <summary>The top-level JSON-LD nodes, each rendered in its own script element.</summary>
    IEnumerable<JsonObject> Build(AbsoluteUrls urls);
}
