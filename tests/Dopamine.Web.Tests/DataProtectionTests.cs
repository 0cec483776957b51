using Dopamine.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dopamine.Web.Tests;

/// <summary>
/// The site needs no writable key folder: Data Protection keys live in memory only, and none is created at start,
/// so a read-only container or a second instance behind a load balancer changes nothing.
/// </summary>
public sealed class DataProtectionTests(BundledSiteFactory factory) : IClassFixture<BundledSiteFactory>
{
    [Fact]
    public void KeysAreKeptInMemoryAndNoneIsCreatedAtStart()
    {
        var services = factory.Services;

        Assert.IsType<EphemeralDataProtectionProvider>(services.GetRequiredService<IDataProtectionProvider>());
        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s.GetType().Assembly == typeof(EphemeralDataProtectionProvider).Assembly);
    }

    [Fact]
    public async Task APostToAPageIsStillRefusedCleanly()
    {
        // Antiforgery, the one user of the keys, still guards pages: a forged form post gets a 4xx, never a 500.
        var response = await factory.CreateClient().PostAsync(new Uri("/search", UriKind.Relative), new FormUrlEncodedContent([new("q", "dopamine")]));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
