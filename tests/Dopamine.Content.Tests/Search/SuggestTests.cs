using Dopamine.Content.Search;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Search;

/// <summary>Suggestions as a reader types, over the small library under Fixtures/library.</summary>
public class SuggestTests
{
    private static readonly SearchIndex Library = BuildLibraryIndex();

    private static SearchIndex BuildLibraryIndex()
    {
        using var tree = ContentTree.FromFixture("library");
        return SearchIndex.Build(tree.Load().Content);
    }

    [Fact]
    public void TheLastWordMatchesAsABeginningWhileTyping()
    {
        Assert.Equal(["wanting-and-liking"], Library.Suggest("want", 8));
    }

    [Fact]
    public void EveryFinishedWordMustBeInTheTitleAndTheLastMayBeUnfinished()
    {
        Assert.Equal(["does-dopamine-cause-pleasure"], Library.Suggest("dopamine pleas", 8));
    }

    [Fact]
    public void AFinishedWordIsNotMatchedAsABeginning()
    {
        // "pleas" finished (followed by another word) is not "pleasure".
        Assert.Empty(Library.Suggest("pleas dopamine", 8));
    }

    [Fact]
    public void ShorterTitlesComeFirstAndTheCountIsRespected()
    {
        var all = Library.Suggest("dopamine", 8);

        Assert.Equal("Dopamine and motivation".Length, all.Select(TitleLength).Min());
        Assert.Equal(all.Select(TitleLength).Order(), all.Select(TitleLength));
        Assert.Equal(all.Take(2), Library.Suggest("dopamine", 2));
    }

    [Theory]
    [InlineData("cafeine", "is-caffeine-a-dopamine-booster")]
    [InlineData("cravngs", "why-do-cravings-fade")]
    [InlineData("rewrd pred", "reward-prediction-error")]
    public void ATypoStillFindsThePageWhenNothingMatchesExactly(string typed, string expected)
    {
        Assert.Contains(expected, Library.Suggest(typed, 8));
    }

    private static int TitleLength(string slug) => slug switch
    {
        "dopamine-and-motivation" => "Dopamine and motivation".Length,
        "can-you-reset-dopamine" => "Can you reset your dopamine?".Length,
        "does-dopamine-cause-pleasure" => "Does dopamine cause pleasure?".Length,
        "is-caffeine-a-dopamine-booster" => "Is caffeine a dopamine booster?".Length,
        _ => throw new ArgumentOutOfRangeException(nameof(slug), slug, "not a dopamine title in the library"),
    };
}
