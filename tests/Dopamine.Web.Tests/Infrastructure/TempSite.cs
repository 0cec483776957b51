using Dopamine.Content.Snapshots;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>
/// A running site over a throw-away content folder named <c>content</c>, watched for edits,
/// so a test can change files and see what a reader would see.
/// </summary>
public sealed class TempSite : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dopamine-tests", Guid.NewGuid().ToString("n"));
    private readonly Factory _factory;

    /// <param name="files">The content, by path under the root.</param>
    /// <param name="watch">False for a test that reloads the store itself, at the moment it chooses.</param>
    /// <param name="services">More services for the site, e.g. an <c>IStartupFilter</c> that steps into every request.</param>
    public TempSite(IReadOnlyDictionary<string, string> files, bool watch = true, Action<IServiceCollection>? services = null)
    {
        Root = Path.Combine(_folder, "content");
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }

        _factory = new Factory(Root, Log, watch, services ?? (_ => { }));
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public string Root { get; }
    public HttpClient Client { get; }

    /// <summary>Warnings and errors the site logged (the site reads sinks from its services).</summary>
    public LogCapture Log { get; } = new();

    /// <summary>The live store, for its diagnostics (/readyz only counts them) and for reloading it by hand.</summary>
    public ContentStore Store => _factory.Services.GetRequiredService<ContentStore>();

    /// <summary>The site's services, for a scope of its own.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>A folder beside the content root, outside it.</summary>
    public string Outside => Path.Combine(_folder, "outside");

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(Path.Combine(Root, relativePath), bytes);

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>Polls until <paramref name="condition"/> holds; false if it never does within the time allowed.</summary>
    public static async Task<bool> Eventually(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class Factory(string root, LogCapture log, bool watch, Action<IServiceCollection> services)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.ConfigureServices(collection => services(collection.AddSingleton<ILogEventSink>(log)));
            builder.UseSetting("Content:Root", root);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Content:Watch", watch ? "true" : "false");
            builder.UseSetting("Content:ReloadDebounceMilliseconds", "100");
            // Reload tests poll the search API; only RateLimitTests test the limit.
            builder.UseSetting("RateLimiting:PermitsPerSecond", "0");
        }
    }
}
