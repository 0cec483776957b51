using Dopamine.Web.Tests.Infrastructure;

namespace Dopamine.Web.Tests;

/// <summary>The glossary's A–Z jump list, over a fixture glossary.</summary>
public sealed class GlossaryLettersTests : IDisposable
{
    private readonly TempSite _site = new(new Dictionary<string, string>
    {
        ["sources.yml"] = TestContent.Sources,
        ["topics/alpha.md"] = TestContent.Page("Alpha theme", "Wanting."),
        ["glossary.yml"] = """
            - id: dopamine
              term: Dopamine
              definition: A signalling molecule.
            - id: d2-receptor
              term: D2 receptor
              definition: A receptor that slows its cell.
            - id: vta
              term: VTA
              definition: Where dopamine neurons sit.
            - id: five-ht
              term: 5-HT
              definition: Serotonin, by its chemical name.
            """,
    });

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task JumpListLinksOnlyLettersThatHaveTermsAndEachLinkLandsOnItsHeading()
    {
        var page = await Html.GetOkAsync(_site.Client, "/glossary");

        var links = page.QuerySelectorAll(".alphabet a").ToList();
        Assert.Equal(["D", "V", "#"], links.Select(a => a.Text()));
        Assert.Equal(26, page.QuerySelectorAll(".alphabet li").Length - 1);
        Assert.All(links, a => Assert.Equal("H2", page.GetElementById(a.GetAttribute("href")![1..])?.TagName));
    }

    [Fact]
    public async Task TermsSitUnderTheirLetterAlphabeticallyAndKeepTheirAnchors()
    {
        var page = await Html.GetOkAsync(_site.Client, "/glossary");

        var d = page.GetElementById("letter-d")!.ParentElement!;
        Assert.Equal(["D2 receptor", "Dopamine"], d.QuerySelectorAll("dt").Select(dt => dt.Text()));
        Assert.Equal("5-HT", page.GetElementById("five-ht").Text());
        Assert.Equal("Other", page.GetElementById("letter-other").Text());
    }
}
