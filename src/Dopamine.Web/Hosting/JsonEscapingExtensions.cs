using System.Text.Encodings.Web;

namespace Dopamine.Web.Hosting;

internal static class JsonEscapingExtensions
{
    /// <summary>
    /// Escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and non-ASCII inside JSON strings, as System.Text.Json does
    /// by default. ASP.NET Core's own default for minimal APIs is the relaxed encoder, on the grounds that its JSON is
    /// never embedded in HTML; but the API echoes the reader's query, and a response that a browser, a proxy or a
    /// careless client ever treats as HTML would then run the <c>&lt;script&gt;</c> it was sent.
    /// </summary>
    public static IServiceCollection AddHtmlSafeJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Default);
}
