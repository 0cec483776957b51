using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>
/// What every answer to a hostile request must be: a status the route documents (never 5xx), quickly, and
/// a body that cannot run the request's markup: HTML with the input encoded, or JSON that parses.
/// </summary>
public static class FuzzChecks
{
    /// <summary>Generous, so a busy machine does not fail it; the server's own limits are the real protection.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(5);

    private static readonly string[] RawEchoes =
        ["<script>fuzzAlert", "<img src=x onerror", "<svg onload", "<b id=fuzzmark", "</title><script", "</textarea><script"];

    /// <summary>Null when the answer is fine, else what is wrong with it.</summary>
    public static async Task<string?> ProblemAsync(HttpClient client, string url, IReadOnlyCollection<int> allowed)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();

        var status = (int)response.StatusCode;
        if (!allowed.Contains(status))
        {
            return $"status {status}";
        }

        if (clock.Elapsed > MaxDuration)
        {
            return $"took {clock.Elapsed.TotalSeconds:0.0} s";
        }

        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            return location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal)
                ? null
                : $"redirect to '{location}', which is not a path on this site";
        }

        return response.Content.Headers.ContentType?.MediaType switch
        {
            "application/json" => JsonProblem(body),
            "text/html" => UnsafeHtml(body),
            var other => $"content type '{other}'",
        };
    }

    private static string? JsonProblem(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return null;
        }
        catch (JsonException ex)
        {
            return $"invalid JSON: {ex.Message}";
        }
    }

    /// <summary>What in the page could run script (or shows the fuzz markup raw); null when nothing.</summary>
    public static string? UnsafeHtml(string body)
    {
        if (RawEchoes.FirstOrDefault(echo => body.Contains(echo, StringComparison.OrdinalIgnoreCase)) is { } echoed)
        {
            return $"input echoed raw: '{echoed}'";
        }

        // A parser per page: the fuzz tests check answers two at a time.
        var document = new HtmlParser().ParseDocument(body);
        if (document.QuerySelector("#fuzzmark") is not null)
        {
            return "input became an element";
        }

        foreach (var element in document.All)
        {
            if (element.Attributes.FirstOrDefault(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) is { } handler)
            {
                return $"event handler attribute {handler.Name}='{handler.Value}'";
            }

            if (element.GetAttribute("href") is { } href && href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                return $"javascript: link '{href}'";
            }

            if (element.LocalName == "script" && !element.HasAttribute("src"))
            {
                if (element.GetAttribute("type") != "application/ld+json")
                {
                    return "inline script";
                }

                if (JsonProblem(element.TextContent) is { } json)
                {
                    return $"JSON-LD: {json}";
                }
            }
        }

        return null;
    }
}
