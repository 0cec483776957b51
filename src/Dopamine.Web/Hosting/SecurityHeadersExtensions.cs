using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Dopamine.Web.Hosting;

internal static class SecurityHeadersExtensions
{
    /// <summary>Stops Kestrel naming itself in a <c>Server</c> header: it tells an attacker which exploits to try and a reader nothing.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    /// <summary>Adds the headers of <see cref="SecurityHeadersMiddleware"/> to every response. Goes first in the pipeline.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeadersMiddleware>();
}
