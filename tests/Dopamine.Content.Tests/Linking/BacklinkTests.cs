using Dopamine.Content.Tests.Support;

namespace Dopamine.Content.Tests.Linking;

public class BacklinkTests
{
    private static ContentTree TreeWithTarget() => ContentTree.WithSources()
        .Topic("wanting", Sample.Page("Wanting and liking", "Not the same thing [@berridge-2007]."));

    [Fact]
    public void BacklinkHoldsTheSentenceWithTheLinkSplitAroundIt()
    {
        using var tree = TreeWithTarget().Topic("reward", Sample.Page("Reward",
            "Dopamine rises before a reward arrives [@schultz-1997]. It signals that [[wanting|wanting]] has begun! "
            + "Then it falls again? Yes, below baseline."));

        var mention = Assert.Single(tree.Load().Content.BacklinksTo("wanting"));

        Assert.Equal("reward", mention.FromSlug);
        Assert.Equal("wanting", mention.ToSlug);
        Assert.Equal("It signals that ", mention.Before);
        Assert.Equal("wanting", mention.LinkText);
        Assert.Equal(" has begun!", mention.After);
    }

    [Fact]
    public void BacklinkSentenceShowsTheTargetTitleAsTheLinkText()
    {
        using var tree = TreeWithTarget().Topic("reward", Sample.Page("Reward",
            "Dopamine rises [@schultz-1997]. The difference between [[wanting]] matters. Another sentence."));

        var mention = Assert.Single(tree.Load().Content.BacklinksTo("wanting"));

        Assert.Equal("The difference between Wanting and liking matters.", mention.Before + mention.LinkText + mention.After);
        Assert.Equal("Wanting and liking", mention.LinkText);
    }

    [Fact]
    public void BacklinkSentenceLeavesOutCitationsCleanly()
    {
        using var tree = TreeWithTarget().Topic("reward", Sample.Page("Reward",
            "Dopamine rises. The difference between [[wanting]] matters [@berridge-2007]. Another sentence."));

        var mention = Assert.Single(tree.Load().Content.BacklinksTo("wanting"));

        Assert.Equal(" matters.", mention.After);
    }

    [Fact]
    public void BacklinkSentenceIsNotCutAtTheQuestionMarkOfALinkedQuestion()
    {
        using var tree = TreeWithTarget()
            .Question("does-dopamine-cause-pleasure", Sample.Page("Does dopamine cause pleasure?", "No [@berridge-2007]."))
            .Topic("reward", Sample.Page("Reward",
                "Whether [[does-dopamine-cause-pleasure]] has a simple answer is doubtful, as [[wanting]] shows [@schultz-1997]."));

        var mention = Assert.Single(tree.Load().Content.BacklinksTo("wanting"));

        Assert.Equal("Whether Does dopamine cause pleasure? has a simple answer is doubtful, as ", mention.Before);
    }

    [Fact]
    public void BacklinkSentenceIsNotCutAtAnAbbreviation()
    {
        using var tree = TreeWithTarget().Topic("reward", Sample.Page("Reward",
            "First sentence [@schultz-1997]. Rewards, e.g. food, feed [[wanting|wanting]] in the striatum. Last one."));

        var mention = Assert.Single(tree.Load().Content.BacklinksTo("wanting"));

        Assert.Equal("Rewards, e.g. food, feed ", mention.Before);
        Assert.Equal(" in the striatum.", mention.After);
    }

    [Fact]
    public void BacklinkSentenceSpansSoftLineBreaksAndEmphasis()
    {
        using var tree = TreeWithTarget().Topic("reward", Sample.Page("Reward", """
            Dopamine rises first [@schultz-1997].
            Then **the pull of
            [[wanting]]** takes over. Later text.
            """));

        var mention = Assert.Single(tree.Load().Content.BacklinksTo("wanting"));

        Assert.Equal("Then the pull of ", mention.Before);
        Assert.Equal(" takes over.", mention.After);
    }

    [Fact]
    public void EachLinkingPageGivesOneBacklinkAndAPageNeverLinksItself()
    {
        using var tree = TreeWithTarget()
            .Topic("reward", Sample.Page("Reward", "See [[wanting]] first [@schultz-1997]. Then [[wanting|again]]. And [[reward]]."))
            .Question("why-crave", Sample.Page("Why do we crave?", "Because of [[wanting]] [@lembke-2021]."));

        var content = tree.Load().Content;

        Assert.Equal(["reward", "why-crave"], content.BacklinksTo("wanting").Select(m => m.FromSlug).Order(StringComparer.Ordinal));
        Assert.Equal("See ", content.BacklinksTo("wanting").Single(m => m.FromSlug == "reward").Before);
        Assert.Empty(content.BacklinksTo("reward"));
    }

    [Fact]
    public void BrokenLinkGivesNoBacklink()
    {
        using var tree = TreeWithTarget().Topic("reward", Sample.Page("Reward", "See [[no-such-page]] [@schultz-1997]."));

        var content = tree.Load().Content;

        Assert.Empty(content.BacklinksTo("no-such-page"));
        Assert.Empty(content.BySlug["reward"].OutgoingLinks);
    }
}
