using System.Net;
using System.Text.Json;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>Calls a JSON endpoint and hands back the status and the parsed body.</summary>
public static class Api
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    public static async Task<List<string>> SlugsAsync(HttpClient client, string query, int limit = 10)
    {
        var (status, body) = await GetAsync(client, $"/api/search?q={Uri.EscapeDataString(query)}&limit={limit}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!).ToList();
    }
}
