using Dopamine.Content.Search;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Search;

/// <summary>A reload updates the search index page by page; what it finds must be what a fresh index finds.</summary>
public class IncrementalIndexTests
{
    [Fact]
    public void AnEditedPageIsFoundByItsNewWordsAndNoLongerByItsOldOnes()
    {
        using var tree = Library();
        var first = tree.Load();
        var before = SearchIndex.Build(first.Content);

        tree.Topic("beta", Sample.Page("Beta", "Beta speaks of serotonin now [@schultz-1997]."));
        var after = SearchIndex.Build(tree.Load(first).Content, before);

        Assert.Equal(["beta"], Slugs(after, "serotonin"));
        Assert.Empty(Slugs(after, "noradrenaline"));
        Assert.Equal(["beta"], Slugs(before, "noradrenaline"));
    }

    [Fact]
    public void ADeletedPageIsNoLongerFoundAndAnAddedOneIs()
    {
        using var tree = Library();
        var first = tree.Load();
        var before = SearchIndex.Build(first.Content);

        tree.Delete("topics/beta.md").Topic("gamma", Sample.Page("Gamma", "Gamma covers acetylcholine [@schultz-1997]."));
        var after = SearchIndex.Build(tree.Load(first).Content, before);

        Assert.Empty(Slugs(after, "noradrenaline"));
        Assert.Equal(["gamma"], Slugs(after, "acetylcholine"));
        Assert.Equal(["alpha", "delta"], Slugs(after, "dopamine").Order());
    }

    [Fact]
    public void ARetitledPageIsSuggestedByItsNewTitleAndABodyEditKeepsSuggestionsAsTheyWere()
    {
        using var tree = Library();
        var first = tree.Load();
        var before = SearchIndex.Build(first.Content);

        tree.Topic("beta", Sample.Page("Beta blockers", "Beta speaks of noradrenaline [@schultz-1997]."));
        var second = tree.Load(first);
        var retitled = SearchIndex.Build(second.Content, before);
        tree.Topic("alpha", Sample.Page("Alpha", "Alpha now also covers dopamine dips [@schultz-1997]."));
        var bodyEdited = SearchIndex.Build(tree.Load(second).Content, retitled);

        Assert.Equal(["beta"], retitled.Suggest("beta bloc", 5));
        Assert.Equal(["beta"], bodyEdited.Suggest("beta bloc", 5));
        Assert.Empty(before.Suggest("beta bloc", 5));
    }

    [Fact]
    public void DidYouMeanOffersWordsAnEditAddedAndForgetsWordsItRemoved()
    {
        using var tree = Library();
        var first = tree.Load();
        var before = SearchIndex.Build(first.Content);

        tree.Topic("beta", Sample.Page("Beta", "Beta is about dopamine and acetylcholine [@schultz-1997]."));
        var after = SearchIndex.Build(tree.Load(first).Content, before);

        Assert.Equal("acetylcholine", after.Search("acetylcholin", 0, 10).DidYouMean);
        Assert.NotEqual("noradrenaline", after.Search("noradrenalin", 0, 10).DidYouMean);
        Assert.Equal("noradrenaline", before.Search("noradrenalin", 0, 10).DidYouMean);
    }

    // Scores may differ a little: Lucene counts a replaced document in its word statistics until segments merge.
    [Fact]
    public void UpdatedIndexFindsWhatAFreshOneFinds()
    {
        using var tree = Library();
        var first = tree.Load();
        var before = SearchIndex.Build(first.Content);

        tree.Topic("alpha", Sample.Page("Alpha", "Alpha is about dopamine and reward and dopamine again [@schultz-1997]."));
        var second = tree.Load(first);
        var updated = SearchIndex.Build(second.Content, before);
        var fresh = SearchIndex.Build(second.Content);

        foreach (var query in new[] { "dopamine", "reward", "alpha", "noradrenaline" })
        {
            Assert.Equal(Slugs(fresh, query).Order(), Slugs(updated, query).Order());
        }
    }

    private static List<string> Slugs(SearchIndex index, string query) => index.Search(query, 0, 10).Hits.Select(h => h.Slug).ToList();

    private static ContentTree Library() => ContentTree.WithSources()
        .Topic("alpha", Sample.Page("Alpha", "Alpha is about dopamine [@schultz-1997]."))
        .Topic("beta", Sample.Page("Beta", "Beta is about dopamine and noradrenaline [@schultz-1997]."))
        .Topic("delta", Sample.Page("Delta", "Delta is about dopamine and reward [@schultz-1997]."))
        .Topic("epsilon", Sample.Page("Epsilon", "Epsilon is about motivation [@schultz-1997]."));
}
