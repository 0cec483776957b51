using Dopamine.Content.Search;
using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Search;

/// <summary>"Did you mean" offers only plain words the pages use, the way a reader would type them.</summary>
public class SpellingDictionaryTests
{
    [Theory]
    [InlineData("parkinsn", "parkinson")]      // "Parkinson's" offered without its possessive
    [InlineData("levodpa", "levodopa")]        // capitalised in the text, offered in lower case
    [InlineData("striatm", "striatum")]        // a word after a digit-bearing token is still found
    public void MisspellingsAreCorrectedToWordsThePagesUse(string typed, string expected) =>
        Assert.Equal(expected, Dictionary().Correct(typed));

    [Theory]
    [InlineData("donn", null)]   // "don't" is not a plain word, so "don" is not one either: nothing is close
    [InlineData("dx", "dx")]     // too short to guess: left as typed
    public void WordsWithNothingCloseAreNotReplaced(string typed, string? expected) =>
        Assert.Equal(expected, Dictionary().Correct(typed));

    [Fact]
    public void AWordOfManyPagesIsPreferredToAnEquallyCloseWordOfOne()
    {
        var dictionary = Dictionary();

        Assert.Equal("reward", dictionary.Correct("rewarc"));
    }

    private static SpellingDictionary Dictionary()
    {
        using var tree = ContentTree.WithSources()
            .Topic("alpha", Sample.Page("Alpha", "Parkinson's disease is treated with Levodopa; don't stop it. D2 receptors in the striatum [@schultz-1997]."))
            .Topic("beta", Sample.Page("Beta", "Reward and reward prediction [@schultz-1997]."))
            .Topic("gamma", Sample.Page("Gamma", "Reward again, and a rewarm of nothing [@schultz-1997]."));
        return SpellingDictionary.Of(tree.Load().Content.Articles);
    }
}
