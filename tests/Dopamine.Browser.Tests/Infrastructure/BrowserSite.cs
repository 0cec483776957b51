using System.Net;
using Dopamine.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Dopamine.Browser.Tests.Infrastructure;

/// <summary>
/// The site on a real loopback socket and one headless Chromium or Chrome, shared by every browser test.
/// The browser is launched from the system: CHROMIUM_PATH (tests/test.sh sets it to what tests/find-browser.sh
/// finds), else Debian's /usr/bin/chromium; nothing is downloaded,
/// and every host but 127.0.0.1 is unresolvable, so a page that reached outside would fail.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private readonly Factory _factory = new();
    private IPlaywright? _playwright;
    private IBrowserContext? _context;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots for review go: artifacts/screenshots at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder { get; } =
        Path.Combine(Path.GetDirectoryName(ContentRoot.Resolve("content", AppContext.BaseDirectory))!, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh page in its own context: light or dark, with or without JavaScript, at a given width. Tests in
    /// the collection run one at a time, so opening a page closes the previous one.
    /// </summary>
    public async Task<IPage> OpenAsync(string path, bool javaScript = true, ColorScheme scheme = ColorScheme.Light, int width = 1280)
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        var context = _context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    private sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Content:Root", ContentRoot.Resolve("content", AppContext.BaseDirectory));
            builder.UseSetting("Content:Watch", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            // Every suggestion typed in a test is a search; the limit itself is tested in Dopamine.Web.Tests.
            builder.UseSetting("RateLimiting:PermitsPerSecond", "0");
        }
    }
}
