using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>
/// The bundled site with a small search limit: <see cref="Burst"/> searches at once, then one a second. A second
/// is long beside a burst sent all at once, so a test sees the limit without depending on timing. Each test
/// searches as its own client (<see cref="ClientAt"/>), so tests do not spend each other's searches.
/// </summary>
public sealed class RateLimitedSiteFactory : WebApplicationFactory<Program>
{
    public const int Burst = 3;

    public HttpClient ClientAt(string address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Root", BundledSiteFactory.ContentRootPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("RateLimiting:PermitsPerSecond", "1");
        builder.UseSetting("RateLimiting:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    }
}
