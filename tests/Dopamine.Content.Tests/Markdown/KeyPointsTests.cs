using Dopamine.Content.Model;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Markdown;

public class KeyPointsTests
{
    [Fact]
    public void NumberedListAfterKeyPointsGetsItsClassAndPointAnchors()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", """
            ## Key points

            1. Dopamine signals prediction errors [@schultz-1997].
            2. Wanting differs from liking [@berridge-2007].
            3. Pleasure and pain balance [@lembke-2021].

            ## Details

            1. An ordinary numbered list.
            2. With two items.
            """));

        var body = Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml);

        var list = Assert.Single(body.QuerySelectorAll("ol.key-points"));
        Assert.Equal(["point-1", "point-2", "point-3"], list.Children.Select(li => li.Id));
        Assert.Equal("key-points", list.PreviousElementSibling!.Id);
        Assert.Equal(2, body.QuerySelectorAll("ol").Length);
        Assert.Empty(body.QuerySelectorAll("ol:not(.key-points) li[id]"));
    }

    [Fact]
    public void BulletListAfterKeyPointsIsNotMarked()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", """
            ## Key points

            - Dopamine signals prediction errors [@schultz-1997].
            - Wanting differs from liking [@berridge-2007].
            """));

        var body = Html.Parse(tree.Load().Content.BySlug["reward"].BodyHtml);

        Assert.Empty(body.QuerySelectorAll(".key-points"));
        Assert.Empty(body.QuerySelectorAll("li[id]"));
    }

    [Fact]
    public void SectionHeadingsGetIdsAndBecomeTableOfContentsEntries()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", """
            ## Key points

            1. Dopamine signals prediction errors [@schultz-1997].

            ## Why a second signal matters

            Text.

            ### Timing and cell type

            Text.

            #### Too deep for the contents

            Text.
            """));

        var article = tree.Load().Content.BySlug["reward"];
        var body = Html.Parse(article.BodyHtml);

        Assert.Equal(
            [
                new TocEntry(2, "key-points", "Key points"),
                new TocEntry(2, "why-a-second-signal-matters", "Why a second signal matters"),
                new TocEntry(3, "timing-and-cell-type", "Timing and cell type"),
            ],
            article.Headings);
        Assert.All(article.Headings, h => Assert.NotNull(body.QuerySelector($"#{h.Id}")));
    }

    [Fact]
    public void HeadingWithACitationAndALinkReadsAsPlainTextInTheContents()
    {
        using var tree = ContentTree.WithSources()
            .Topic("wanting", Sample.Page("Wanting and liking", "Different [@berridge-2007]."))
            .Topic("reward", Sample.Page("Reward", """
                ## Evidence from [[wanting]] [@schultz-1997]

                Text.
                """));

        var heading = Assert.Single(tree.Load().Content.BySlug["reward"].Headings);

        Assert.Equal("Evidence from Wanting and liking", heading.Text.TrimEnd());
        Assert.False(string.IsNullOrWhiteSpace(heading.Id));
    }
}
