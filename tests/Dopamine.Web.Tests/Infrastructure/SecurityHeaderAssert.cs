namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>The browser-hardening headers every response must carry, whatever answered it.</summary>
public static class SecurityHeaderAssert
{
    public static void Present(HttpResponseMessage response)
    {
        var where = $"{response.RequestMessage?.RequestUri} ({(int)response.StatusCode})";
        var csp = Single(response, "Content-Security-Policy", where);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options", where));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy", where));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy", where), StringComparison.Ordinal);
        Assert.Contains("microphone=()", Single(response, "Permissions-Policy", where), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Single(response, "Permissions-Policy", where), StringComparison.Ordinal);
        Assert.Equal("same-origin", Single(response, "Cross-Origin-Opener-Policy", where));
        Assert.False(response.Headers.Contains("Server"), $"{where} names its server");
    }

    /// <summary>The directives of the Content-Security-Policy header, by name.</summary>
    public static Dictionary<string, string[]> PolicyOf(HttpResponseMessage response) =>
        Single(response, "Content-Security-Policy", response.RequestMessage?.RequestUri?.ToString() ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..], StringComparer.Ordinal);

    private static string Single(HttpResponseMessage response, string name, string where)
    {
        var values = response.Headers.TryGetValues(name, out var found) ? found.ToList() : [];
        Assert.True(values.Count == 1, $"{where} has {values.Count} {name} headers");
        return values[0];
    }
}
