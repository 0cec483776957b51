using Dopamine.Content.Related;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Related;

/// <summary>The "Related questions" sidebar, over the small library under Fixtures/library.</summary>
public class RelatedTests
{
    private static Snapshot LoadLibrary()
    {
        using var tree = ContentTree.FromFixture("library");
        var content = tree.Load().Content;
        Assert.Equal(8, content.Articles.Count);
        return Snapshot.Build(content);
    }

    [Fact]
    public void CuratedRelatedPagesComeFirstInTheAuthorsOrder()
    {
        var related = LoadLibrary().RelatedTo("reward-prediction-error");

        Assert.Equal(["wanting-and-liking", "dopamine-and-motivation"], related.Take(2).Select(e => e.Article.Slug));
    }

    [Fact]
    public void SimilarPagesFillTheSidebarAfterTheCuratedOnes()
    {
        var related = LoadLibrary().RelatedTo("reward-prediction-error");

        Assert.True(related.Count > 2, $"Expected similar pages after the 2 curated ones, got {related.Count}.");
        Assert.Equal(RelatedQuestions.MaxEntries, related.Count);
    }

    [Fact]
    public void SidebarHoldsAtMostSixEntriesAndKeepsTheFirstSixCurated()
    {
        var snapshot = LoadLibrary();
        var curated = snapshot.Content.BySlug["dopamine-and-motivation"].Related;

        var related = snapshot.RelatedTo("dopamine-and-motivation");

        Assert.Equal(7, curated.Count);
        Assert.Equal(curated.Take(6), related.Select(e => e.Article.Slug));
    }

    [Fact]
    public void RelatedSidebarNeverListsThePageItselfNorAnyPageTwice()
    {
        var snapshot = LoadLibrary();

        Assert.All(snapshot.Content.Articles, article =>
        {
            var slugs = snapshot.RelatedTo(article.Slug).Select(e => e.Article.Slug).ToList();
            Assert.NotEmpty(slugs);
            Assert.True(slugs.Count <= RelatedQuestions.MaxEntries);
            Assert.DoesNotContain(article.Slug, slugs);
            Assert.Equal(slugs.Count, slugs.Distinct().Count());
        });
    }

    [Fact]
    public void EveryRelatedEntryIsAnExistingPageWithAReason()
    {
        var snapshot = LoadLibrary();

        Assert.All(snapshot.Content.Articles.SelectMany(a => snapshot.RelatedTo(a.Slug)), entry =>
        {
            Assert.Same(snapshot.Content.BySlug[entry.Article.Slug], entry.Article);
            Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
        });
    }

    [Fact]
    public void PageThatLinksHereIsGivenTheReasonLinksHere()
    {
        var related = LoadLibrary().RelatedTo("wanting-and-liking");

        var entry = related[0];
        Assert.Equal("does-dopamine-cause-pleasure", entry.Article.Slug);
        Assert.Equal("Links here", entry.Reason);
    }

    [Fact]
    public void PageThisAnswerLinksToIsGivenTheReasonLinkedFromThisAnswer()
    {
        var related = LoadLibrary().RelatedTo("pleasure-and-pain-balance");

        var entry = Assert.Single(related, e => e.Article.Slug == "why-do-cravings-fade");
        Assert.Equal("Linked from this answer", entry.Reason);
    }

    [Fact]
    public void CuratedSlugOfAMissingPageIsLeftOut()
    {
        using var tree = ContentTree.WithSources()
            .Topic("wanting", Sample.Page("Wanting", "Different [@berridge-2007]."))
            .Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997].", "related: [no-such-page, wanting]"));

        var related = Snapshot.Build(tree.Load().Content).RelatedTo("reward");

        Assert.Equal(["wanting"], related.Select(e => e.Article.Slug));
    }

    [Fact]
    public void SharedTagIsCalledATagAndTheRarestSharedTagIsNamed()
    {
        using var tree = ContentTree.WithSources()
            .Topic("wanting", Sample.Page("Wanting", "Different [@berridge-2007].", "tags: [myths, craving]"))
            .Topic("crash", Sample.Page("Crash", "A crash [@schultz-1997].", "tags: [myths]"))
            .Topic("reward", Sample.Page("Reward", "Rises [@lembke-2021].", "tags: [myths, craving]", "related: [wanting]"));

        var entry = Snapshot.Build(tree.Load().Content).RelatedTo("reward")[0];

        Assert.Equal("Also tagged: craving", entry.Reason);
    }

    [Fact]
    public void UnknownSlugHasNoRelatedEntries() => Assert.Empty(LoadLibrary().RelatedTo("no-such-page"));
}
