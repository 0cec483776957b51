using System.Net;
using System.Net.Sockets;
using Dopamine.Web.Hosting;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>
/// <c>healthcheck [url]</c>, which the container's HEALTHCHECK runs: exit 0 only for a 2xx from a live site, 1 for
/// anything else, and a line saying what it saw.
/// </summary>
public sealed class HealthcheckCommandTests : IClassFixture<HealthcheckCommandTests.LiveSite>
{
    private readonly LiveSite _site;

    public HealthcheckCommandTests(LiveSite site) => _site = site;

    [Fact]
    public async Task ALiveSiteIsHealthy()
    {
        var url = new Uri(_site.BaseAddress, "/healthz").ToString();
        using var output = new StringWriter();

        var exit = await HealthcheckCommand.RunAsync([url], output);

        Assert.Equal(0, exit);
        Assert.Equal($"{url}: 200", output.ToString().Trim());
    }

    [Fact]
    public async Task AnErrorStatusIsUnhealthy()
    {
        var url = new Uri(_site.BaseAddress, "/no-such-probe").ToString();
        using var output = new StringWriter();

        var exit = await HealthcheckCommand.RunAsync([url], output);

        Assert.Equal(1, exit);
        Assert.Equal($"{url}: 404", output.ToString().Trim());
    }

    [Fact]
    public async Task NothingListeningIsUnhealthy()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/healthz";
        using var output = new StringWriter();

        var exit = await HealthcheckCommand.RunAsync([url], output);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{url}: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiteThatNeverAnswersIsUnhealthyWithinTheTimeout()
    {
        // Accepts the connection and says nothing, as a hung process would.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/healthz";
        using var output = new StringWriter();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var exit = await HealthcheckCommand.RunAsync([url], output);

        Assert.Equal(1, exit);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task AMalformedUrlIsUnhealthyRatherThanACrash()
    {
        using var output = new StringWriter();

        var exit = await HealthcheckCommand.RunAsync(["not a url"], output);

        Assert.Equal(1, exit);
        Assert.StartsWith("not a url: ", output.ToString(), StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The bundled site on a real loopback socket: the command makes real HTTP requests.</summary>
    public sealed class LiveSite : IDisposable
    {
        private readonly BundledSiteFactory _factory = new();

        public LiveSite()
        {
            _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            _factory.StartServer();
            BaseAddress = _factory.ClientOptions.BaseAddress;
        }

        public Uri BaseAddress { get; }

        public void Dispose() => _factory.Dispose();
    }
}
