using Microsoft.AspNetCore.DataProtection;

namespace Dopamine.Web.Hosting;

internal static class DataProtectionExtensions
{
    /// <summary>
    /// Keeps ASP.NET Data Protection keys in memory only, and creates none at start-up. Call after
    /// <c>AddRazorPages</c>, which registers the default, disk-backed key ring.
    /// </summary>
    /// <remarks>
    /// Razor Pages registers Data Protection for antiforgery tokens and the TempData cookie. We use neither: every
    /// form is a GET, no page writes TempData, there is no sign-in and no cookie. The default key ring would still
    /// create a key at start-up and write it, unencrypted, under $HOME/.aspnet — which fails on the container's
    /// read-only filesystem, and would give each instance behind the load balancer its own key anyway. Should
    /// something ever protect data (a POST form, say), it gets keys that live as long as the process; a payload
    /// from another instance or an earlier run then fails to unprotect, which antiforgery answers with a 400.
    /// Anything that must survive a restart or cross instances needs a shared key store instead.
    /// </remarks>
    public static IServiceCollection AddEphemeralDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        // Its only job is to load (and so create and write) the disk-backed key ring before the first request;
        // the ephemeral provider never reads that key ring.
        var keyRingWarmUp = services
            .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == typeof(EphemeralDataProtectionProvider).Assembly)
            .ToList();
        foreach (var descriptor in keyRingWarmUp)
        {
            services.Remove(descriptor);
        }

        return services;
    }
}
