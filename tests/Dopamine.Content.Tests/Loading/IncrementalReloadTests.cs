using Dopamine.Content.Diagnostics;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Loading;

/// <summary>
/// A reload builds again only the pages whose text or links changed; every other page is reused. These check that
/// what readers see after a reload is what a fresh load would show.
/// </summary>
public class IncrementalReloadTests
{
    [Fact]
    public void PagesThatDidNotChangeAreReusedAndTheEditedOneIsRebuilt()
    {
        using var tree = TwoLinkedPages();
        var first = tree.Load();

        tree.Topic("beta", Sample.Page("Beta", "Beta now says more [@schultz-1997]."));
        var second = tree.Load(first);

        Assert.Same(first.Content.BySlug["alpha"], second.Content.BySlug["alpha"]);
        Assert.Contains("now says more", second.Content.BySlug["beta"].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void RetitlingAPageUpdatesTheLinkTextOnPagesLinkingToIt()
    {
        using var tree = TwoLinkedPages();
        var first = tree.Load();

        tree.Topic("beta", Sample.Page("Beta renamed", "Beta [@schultz-1997]."));
        var second = tree.Load(first);

        var link = Html.Parse(second.Content.BySlug["alpha"].BodyHtml).QuerySelector("a[href='/topics/beta']");
        Assert.Equal("Beta renamed", link?.TextContent);
    }

    [Fact]
    public void AddingAPageMendsALinkThatWasBroken()
    {
        using var tree = TwoLinkedPages().Topic("alpha", Sample.Page("Alpha", "See [[gamma]] [@schultz-1997]."));
        var first = tree.Load();
        Assert.Contains(first.Content.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);

        tree.Topic("gamma", Sample.Page("Gamma", "Gamma [@schultz-1997]."));
        var second = tree.Load(first);

        Assert.DoesNotContain(second.Content.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.NotNull(Html.Parse(second.Content.BySlug["alpha"].BodyHtml).QuerySelector("a[href='/topics/gamma']"));
    }

    [Fact]
    public void DeletingAPageBreaksTheLinksToItAgain()
    {
        using var tree = TwoLinkedPages();
        var first = tree.Load();

        tree.Delete("topics/beta.md");
        var second = tree.Load(first);

        Assert.Null(Html.Parse(second.Content.BySlug["alpha"].BodyHtml).QuerySelector("a[href='/topics/beta']"));
        Assert.Contains(second.Content.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink && d.File.EndsWith("alpha.md", StringComparison.Ordinal));
    }

    [Fact]
    public void EditingTheSourcesRebuildsEveryPageCitingThem()
    {
        using var tree = TwoLinkedPages();
        var first = tree.Load();

        tree.Sources(Sample.Sources.Replace("A neural substrate of prediction and reward", "A renamed paper", StringComparison.Ordinal));
        var second = tree.Load(first);

        Assert.All(second.Content.Articles, a => Assert.Equal("A renamed paper", a.Citations[0].Source.Title));
    }

    [Fact]
    public void AnUnchangedPageKeepsItsDiagnosticsAcrossReloads()
    {
        using var tree = TwoLinkedPages().Topic("alpha", Sample.Page("Alpha", "See [[nowhere]] [@schultz-1997]."));
        var first = tree.Load();

        tree.Topic("beta", Sample.Page("Beta", "Beta edited [@schultz-1997]."));
        var second = tree.Load(first);

        Assert.Equal(
            first.Content.Diagnostics.Where(d => d.File.EndsWith("alpha.md", StringComparison.Ordinal)),
            second.Content.Diagnostics.Where(d => d.File.EndsWith("alpha.md", StringComparison.Ordinal)));
    }

    private static ContentTree TwoLinkedPages() => ContentTree.WithSources()
        .Topic("alpha", Sample.Page("Alpha", "Alpha links to [[beta]] [@schultz-1997]."))
        .Topic("beta", Sample.Page("Beta", "Beta [@schultz-1997]."));
}
