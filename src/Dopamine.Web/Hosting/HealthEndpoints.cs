using Dopamine.Content.Snapshots;

namespace Dopamine.Web.Hosting;

internal static class HealthEndpoints
{
    /// <summary>/healthz says the process is alive; /readyz says which content it serves.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok")).DisableHttpCaching();
        endpoints.MapGet("/readyz", (Snapshot snapshot) => Results.Json(new
        {
            status = "ready",
            version = snapshot.Version,
            pages = snapshot.Content.Articles.Count,
            diagnostics = snapshot.Content.Diagnostics.Count,
        })).DisableHttpCaching();
        return endpoints;
    }
}
