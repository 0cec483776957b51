using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Dopamine.Content.Diagnostics;
using Dopamine.Web.Tests.Infrastructure;
using Serilog.Events;

namespace Dopamine.Web.Tests;

/// <summary>
/// Faults in a live content folder, picked up by the watcher: every other page stays served, the bad file's
/// last good version stays on the site, and the store's diagnostics name the file and line.
/// </summary>
public sealed class ContentFaultReloadTests
{
    private const string BetaFile = "content/topics/beta.md";
    private static readonly string[] Readers = ["/topics/beta", "/topics/alpha", "/api/search?q=beta"];

    private static Dictionary<string, string> ThreePages()
    {
        var files = TestContent.TwoTopics();
        files["questions/gamma.md"] = TestContent.Page("Gamma question", "Gamma links to [[alpha]].");
        return files;
    }

    [Fact]
    public async Task MalformedYamlKeepsTheLastGoodPageAndNamesTheLine()
    {
        using var site = new TempSite(ThreePages());

        site.Write("topics/beta.md", "---\ntitle: Beta rewritten\nsummary: [unclosed\n---\nNew words.\n");

        var diagnostic = await DiagnosticFor(site, BetaFile, DiagnosticCodes.MalformedYaml);
        Assert.True(diagnostic.Line >= 2, diagnostic.ToString());
        await AssertLastGoodAndOthersServed(site);
    }

    [Fact]
    public async Task InvalidUtf8KeepsTheLastGoodPageAndNamesTheLine()
    {
        using var site = new TempSite(ThreePages());

        site.WriteBytes("topics/beta.md", [.. Encoding.UTF8.GetBytes("---\ntitle: Beta rewritten\n"), 0xC0, 0xAE, (byte)'\n']);

        var diagnostic = await DiagnosticFor(site, BetaFile, DiagnosticCodes.UnreadableFile);
        Assert.Equal(3, diagnostic.Line);
        await AssertLastGoodAndOthersServed(site);
    }

    [Fact]
    public async Task FiveMegabyteFileIsNotReadAndKeepsTheLastGoodPage()
    {
        using var site = new TempSite(ThreePages());

        site.Write("topics/beta.md", TestContent.Page("Beta rewritten", new string('x', 5 * 1024 * 1024)));

        var diagnostic = await DiagnosticFor(site, BetaFile, DiagnosticCodes.FileTooLarge);
        Assert.Equal(0, diagnostic.Line);
        await AssertLastGoodAndOthersServed(site);
    }

    [Fact]
    public async Task SymbolicLinkOutsideTheRootIsIgnoredAndReported()
    {
        using var site = new TempSite(ThreePages());
        Directory.CreateDirectory(site.Outside);
        var secret = Path.Combine(site.Outside, "secret.md");
        File.WriteAllText(secret, TestContent.Page("Secret answer", "Private words."));

        File.CreateSymbolicLink(Path.Combine(site.Root, "topics", "secret.md"), secret);

        await DiagnosticFor(site, "content/topics/secret.md", DiagnosticCodes.RefusedSymbolicLink);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/topics/secret")).StatusCode);
        Assert.Empty(await SearchSlugs(site, "private"));
        await AssertLastGoodAndOthersServed(site);
    }

    [Fact]
    public async Task FileDeletedAndRecreatedMidReloadComesBackWithoutA500()
    {
        using var site = new TempSite(ThreePages());
        var statuses = new ConcurrentBag<(string Path, HttpStatusCode Status)>();
        using var stop = new CancellationTokenSource();
        var readers = Readers.Select(path => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                statuses.Add((path, (await site.Client.GetAsync(path)).StatusCode));
            }
        })).ToList();

        for (var round = 0; round < 5; round++)
        {
            site.Delete("topics/beta.md");
            await Task.Delay(40 * round);
            site.Write("topics/beta.md", TestContent.Page($"Beta round {round}", "Beta is back."));
            await Task.Delay(60);
        }

        Assert.True(await TempSite.Eventually(async () => await Title(site, "/topics/beta") == "Beta round 4"));
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.DoesNotContain(statuses, s => (int)s.Status >= 500);
        Assert.All(statuses.Where(s => s.Path != "/topics/beta"), s => Assert.Equal(HttpStatusCode.OK, s.Status));
        Assert.All(statuses.Where(s => s.Path == "/topics/beta"), s => Assert.True(s.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{s.Status}"));
        Assert.Empty(Failures(site));
    }

    [Fact]
    public async Task FiftyEditsWithinASecondEndWithTheLastOne()
    {
        using var site = new TempSite(ThreePages());

        for (var edit = 1; edit <= 50; edit++)
        {
            site.Write("topics/beta.md", TestContent.Page($"Beta edit {edit}", $"Edit number {edit}."));
            await Task.Delay(15);
        }

        Assert.True(await TempSite.Eventually(async () => await Title(site, "/topics/beta") == "Beta edit 50"));
        // Once settled it stays settled: a late reload must not bring back an earlier edit.
        await Task.Delay(500);
        Assert.Equal("Beta edit 50", await Title(site, "/topics/beta"));
        Assert.Equal("Alpha answer", await Title(site, "/topics/alpha"));
        Assert.DoesNotContain(site.Store.Current.Content.Diagnostics, d => d.File == BetaFile && d.IsFatal);
        Assert.Empty(Failures(site));
    }

    [Fact]
    public async Task RawHtmlInAnEditIsSanitizedAndTheTextStays()
    {
        using var site = new TempSite(ThreePages());

        site.Write("topics/beta.md", TestContent.Page("Beta rewritten", """
            Before <script>alert('x')</script> the <img src="x" onerror="alert('y')"> image,
            a [bad link](javascript:alert('z')) and <a href="JavaScript:alert(1)">another</a>,
            <iframe src="https://example.org/frame"></iframe> and <svg onload="alert(2)"></svg> after.
            """));

        Assert.True(await TempSite.Eventually(async () => await Title(site, "/topics/beta") == "Beta rewritten"));
        var html = await site.Client.GetStringAsync("/topics/beta");
        var body = (await Html.GetOkAsync(site.Client, "/topics/beta")).QuerySelector(".article-body")!;
        Assert.Null(FuzzChecks.UnsafeHtml(html));
        Assert.Empty(body.QuerySelectorAll("script, iframe"));
        Assert.DoesNotContain("alert(", body.InnerHtml, StringComparison.Ordinal);
        foreach (var words in new[] { "Before", "image", "bad link", "another", "after." })
        {
            Assert.Contains(words, body.TextContent, StringComparison.Ordinal);
        }
    }

    private static async Task AssertLastGoodAndOthersServed(TempSite site)
    {
        Assert.Equal("Beta answer", await Title(site, "/topics/beta"));
        Assert.Contains("Beta stands alone", (await Html.GetOkAsync(site.Client, "/topics/beta")).QuerySelector(".article-body").Text(),
            StringComparison.Ordinal);
        Assert.Equal("Alpha answer", await Title(site, "/topics/alpha"));
        Assert.Equal("Gamma question", await Title(site, "/questions/gamma"));
        Assert.Contains("beta", await SearchSlugs(site, "beta"));
        Assert.Empty(Failures(site));
    }

    private static async Task<Diagnostic> DiagnosticFor(TempSite site, string file, string code)
    {
        Assert.True(await TempSite.Eventually(() => Task.FromResult(Find() is not null)),
            $"no {code} for {file}; diagnostics: {string.Join("; ", site.Store.Current.Content.Diagnostics)}");
        return Find()!;

        Diagnostic? Find() => site.Store.Current.Content.Diagnostics.FirstOrDefault(d => d.File == file && d.Code == code);
    }

    private static async Task<List<string>> SearchSlugs(TempSite site, string query) => await Api.SlugsAsync(site.Client, query);

    private static async Task<string> Title(TempSite site, string path) =>
        (await Html.GetAsync(site.Client, path)).Document.QuerySelector("h1").Text();

    /// <summary>Errors and exceptions the site logged; a bad file is a Warning diagnostic, never one of these.</summary>
    private static List<string> Failures(TempSite site) => site.Log.Events
        .Where(e => e.Level >= LogEventLevel.Error || e.Exception is not null)
        .Select(e => $"{e.Level}: {e.RenderMessage()} {e.Exception}")
        .ToList();
}
