using Dopamine.Content.Search;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Search;

/// <summary>Search over the small library under Fixtures/library.</summary>
public class SearchTests
{
    private static SearchIndex BuildLibraryIndex()
    {
        using var tree = ContentTree.FromFixture("library");
        return SearchIndex.Build(tree.Load().Content);
    }

    [Fact]
    public void WordFromATitleFindsThatPageFirst()
    {
        var results = BuildLibraryIndex().Search("caffeine", 0, 10);

        Assert.Equal("is-caffeine-a-dopamine-booster", results.Hits[0].Slug);
    }

    [Fact]
    public void AliasFindsItsPage()
    {
        var results = BuildLibraryIndex().Search("coffee", 0, 10);

        Assert.Equal("is-caffeine-a-dopamine-booster", Assert.Single(results.Hits).Slug);
    }

    [Fact]
    public void TotalCountsEveryMatchWhileHitsHoldOnlyThePageAsked()
    {
        var index = BuildLibraryIndex();

        var all = index.Search("dopamine", 0, 100);
        var second = index.Search("dopamine", 2, 2);

        Assert.Equal(8, all.Total);
        Assert.Equal(8, second.Total);
        Assert.Equal(all.Hits.Skip(2).Take(2).Select(h => h.Slug), second.Hits.Select(h => h.Slug));
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("AND OR (")]
    [InlineData("title:")]
    [InlineData("*x")]
    [InlineData("[a TO")]
    [InlineData("\\")]
    [InlineData("~")]
    [InlineData("/[a-z/")]
    [InlineData("x /(/ y")]
    public void InvalidQuerySyntaxDoesNotThrow(string query)
    {
        var index = BuildLibraryIndex();

        var exception = Record.Exception(() => index.Search(query, 0, 10));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("caffeine \"unclosed")]
    [InlineData("caffeine AND OR (")]
    [InlineData("caffeine title:")]
    [InlineData("*x caffeine")]
    [InlineData("caffeine)")]
    [InlineData("caffeine /[a-z/")]
    [InlineData("/caffeine/")]
    public void InvalidQuerySyntaxStillFindsPlainWordMatches(string query)
    {
        var results = BuildLibraryIndex().Search(query, 0, 10);

        Assert.Contains(results.Hits, h => h.Slug == "is-caffeine-a-dopamine-booster");
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public void BlankQueryFindsNothing(string query) => Assert.Equal(0, BuildLibraryIndex().Search(query, 0, 10).Total);
}
