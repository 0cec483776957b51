using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Dopamine.Web.Rendering;

/// <summary>
/// Trusted HTML kept as UTF-8 (a page body rendered and sanitized at load), written into a view without first
/// becoming a string: Razor's writer takes characters, so it is decoded a chunk at a time.
/// </summary>
public sealed class Utf8Html(ReadOnlyMemory<byte> html) : IHtmlContent
{
    private const int ChunkChars = 4096;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            var bytes = html.Span;
            var completed = false;
            while (!completed)
            {
                decoder.Convert(bytes, chars, flush: true, out var bytesUsed, out var charsUsed, out completed);
                writer.Write(chars, 0, charsUsed);
                bytes = bytes[bytesUsed..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
