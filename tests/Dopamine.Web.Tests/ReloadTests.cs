using System.Net;
using System.Text.Json;
using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>Edits to the content folder while the site runs, as an author would make them.</summary>
public sealed class ReloadTests
{
    [Fact]
    public async Task EditingAPageShowsTheNewVersionWithoutARestart()
    {
        using var site = new TempSite(TestContent.TwoTopics());
        Assert.Equal("Beta answer", (await Html.GetOkAsync(site.Client, "/topics/beta")).QuerySelector("h1").Text());

        site.Write("topics/beta.md", TestContent.Page("Beta rewritten", "Beta has new words."));

        Assert.True(await TempSite.Eventually(async () => (await Title(site, "/topics/beta")) == "Beta rewritten"));
    }

    [Fact]
    public async Task AddingAndDeletingPagesIsPickedUpAndLinksFollow()
    {
        using var site = new TempSite(TestContent.TwoTopics());

        site.Write("questions/gamma.md", TestContent.Page("Gamma question", "See [[alpha]]."));
        Assert.True(await TempSite.Eventually(async () => (await site.Client.GetAsync("/questions/gamma")).IsSuccessStatusCode));
        var alpha = await Html.GetOkAsync(site.Client, "/topics/alpha");
        Assert.Contains(alpha.QuerySelectorAll(".linked-from a"), a => a.GetAttribute("href") == "/questions/gamma");

        site.Delete("topics/beta.md");
        Assert.True(await TempSite.Eventually(async () => (await site.Client.GetAsync("/topics/beta")).StatusCode == HttpStatusCode.NotFound));
        alpha = await Html.GetOkAsync(site.Client, "/topics/alpha");
        Assert.Empty(alpha.QuerySelectorAll(".article-body a[href='/topics/beta']"));
        Assert.DoesNotContain(alpha.QuerySelectorAll("aside.related a"), a => a.GetAttribute("href") == "/topics/beta");
    }

    [Fact]
    public async Task ABrokenEditKeepsTheLastGoodPageAndReportsTheProblem()
    {
        using var site = new TempSite(TestContent.TwoTopics());
        var before = await ReadyDiagnostics(site);

        site.Write("topics/beta.md", "---\ntitle: [unclosed\nsummary: x\n---\nBody");

        Assert.True(await TempSite.Eventually(async () => await ReadyDiagnostics(site) > before));
        Assert.Equal("Beta answer", await Title(site, "/topics/beta"));
    }

    [Fact]
    public async Task AFileThatIsNotUtf8KeepsTheLastGoodPage()
    {
        using var site = new TempSite(TestContent.TwoTopics());

        site.WriteBytes("topics/beta.md", [0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0xfd, 0x0a]);

        Assert.True(await TempSite.Eventually(async () => await ReadyDiagnostics(site) > 0));
        Assert.Equal("Beta answer", await Title(site, "/topics/beta"));
    }

    private static async Task<string> Title(TempSite site, string path) =>
        (await Html.GetAsync(site.Client, path)).Document.QuerySelector("h1").Text();

    private static async Task<int> ReadyDiagnostics(TempSite site)
    {
        using var ready = JsonDocument.Parse(await site.Client.GetStringAsync("/readyz"));
        return ready.RootElement.GetProperty("diagnostics").GetInt32();
    }
}
