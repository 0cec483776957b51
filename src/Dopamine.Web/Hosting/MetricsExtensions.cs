using Dopamine.Content.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Dopamine.Web.Hosting;

internal static class MetricsExtensions
{
    public const string Path = "/metrics";

    /// <summary>
    /// Registers the site's instruments (always: code records into them either way) and, when <c>Metrics:Enabled</c>,
    /// OpenTelemetry listening to them, to ASP.NET Core and to the runtime, for the Prometheus exporter. Disabled,
    /// nothing listens, so no instrument is switched on and requests pay nothing.
    /// </summary>
    public static IServiceCollection AddSiteMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        services.AddSingleton<SiteMetrics>();
        services.AddSingleton<UnansweredQuestionLog>();
        if (configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>()?.Enabled == true)
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(SiteMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                // A scrape sees what happened up to that moment; Prometheus asks every few seconds at most anyway.
                .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));
        }

        return services;
    }

    /// <summary>
    /// Maps <c>/metrics</c> when enabled. Never rate-limited (a scraper must not be told to wait by the search limit),
    /// never cached (each scrape is the state now).
    /// </summary>
    public static IEndpointRouteBuilder MapSiteMetrics(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(Path).DisableHttpCaching().DisableRateLimiting();
        }

        return endpoints;
    }
}
