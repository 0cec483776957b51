namespace Dopamine.Web.Hosting;

/// <summary>
/// <c>dotnet Dopamine.Web.dll healthcheck [url]</c>: exits 0 when the running site's /healthz answers 200.
/// The container's HEALTHCHECK uses it because the ASP.NET runtime image has no curl or wget.
/// </summary>
internal static class HealthcheckCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/healthz";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var url = args.FirstOrDefault() ?? DefaultUrl;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            await output.WriteLineAsync($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await output.WriteLineAsync($"{url}: {ex.Message}");
            return 1;
        }
    }
}
