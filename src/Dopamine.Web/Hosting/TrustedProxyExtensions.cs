using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Dopamine.Web.Hosting;

internal static class TrustedProxyExtensions
{
    /// <summary>Reads the proxies of <see cref="TrustedProxyOptions"/> into ASP.NET Core's forwarded-headers options.</summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section)
            .Validate(o => o.IsValid(),
                "ForwardedHeaders:KnownProxies must list IP addresses (10.0.0.5) and ForwardedHeaders:KnownNetworks CIDR networks (10.0.0.0/8).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only what the operator named: the framework would otherwise also trust loopback.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in trusted.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // Every hop is checked against the lists, so a chain of named proxies (a CDN, then nginx) may be walked
            // back to the reader; the first address that is not a named proxy is the client.
            forwarded.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>
    /// Goes first, so the rate limiter, HSTS, the request log and absolute URLs all see the reader's address and
    /// scheme. Adds nothing when no proxy is configured.
    /// </summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Enabled ? app.UseForwardedHeaders() : app;
}
