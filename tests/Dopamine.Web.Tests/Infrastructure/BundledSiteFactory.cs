using Dopamine.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>The site serving the repository's own content/ folder, as a reader would see it.</summary>
public sealed class BundledSiteFactory : WebApplicationFactory<Program>
{
    public static string ContentRootPath { get; } = ContentRoot.Resolve("content", AppContext.BaseDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Root", ContentRootPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Content:Watch", "false");
        // Tests send searches far faster than a reader; RateLimitTests turn the limit on where they test it.
        builder.UseSetting("RateLimiting:PermitsPerSecond", "0");
    }
}
