using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dopamine.Content.Tests.Support;

/// <summary>Reads rendered page HTML the way a browser would, so tests assert on elements, not strings.</summary>
internal static class Html
{
    // A parser per call: tests run in parallel and a parser is cheap.
    public static IElement Parse(string bodyHtml) => new HtmlParser().ParseDocument($"<body>{bodyHtml}</body>").Body!;
}
