using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dopamine.Web.Seo.StructuredData;

/// <summary>Builds schema.org nodes and serializes them safely for a <c>&lt;script&gt;</c> element.</summary>
internal static class JsonLd
{
    public const string Context = "https://schema.org";

    // The default encoder writes <, > and & as \u003C, \u003E and \u0026, so content holding "</script>" or
    // "<!--" cannot end the script element early. The relaxed encoder would not; never swap it in here.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Serialize(JsonObject node) => node.ToJsonString(Options);

    /// <summary>A top-level node: <c>@context</c>, <c>@type</c>, then the properties that have a value.</summary>
    public static JsonObject Document(string type, params (string Name, JsonNode? Value)[] properties) =>
        With(new JsonObject { ["@context"] = Context, ["@type"] = type }, properties);

    /// <summary>A nested node: <c>@type</c>, then the properties that have a value.</summary>
    public static JsonObject Node(string type, params (string Name, JsonNode? Value)[] properties) =>
        With(new JsonObject { ["@type"] = type }, properties);

    /// <summary>An array, or null when there is nothing to put in it (so the property is left out).</summary>
    public static JsonArray? ArrayOf(IEnumerable<JsonNode> items)
    {
        var array = new JsonArray([.. items]);
        return array.Count == 0 ? null : array;
    }

    private static JsonObject With(JsonObject node, (string Name, JsonNode? Value)[] properties)
    {
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                node[name] = value;
            }
        }

        return node;
    }
}
