using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Dopamine.Web.Seo;

/// <summary>Writes an XML document as a UTF-8 response without a byte-order mark, as crawlers and feed readers expect.</summary>
internal static class XmlResponse
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static IResult From(XDocument document, string mediaType)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            document.Save(writer);
        }

        return Results.Bytes(stream.ToArray(), $"{mediaType}; charset=utf-8");
    }
}
