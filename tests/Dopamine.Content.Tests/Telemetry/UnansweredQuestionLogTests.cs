using Dopamine.Content.Snapshots;
using Dopamine.Content.Telemetry;
using Dopamine.Content.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace Dopamine.Content.Tests.Telemetry;

/// <summary>The editors' to-write list: each unanswered question once per content version, its text and nothing else.</summary>
public sealed class UnansweredQuestionLogTests
{
    [Fact]
    public async Task AQuestionIsLoggedOncePerSnapshotHoweverOftenItIsAsked()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        using var store = new ContentStore(tree.Root, NullLogger<ContentStore>.Instance);
        var logger = new FakeLogger<UnansweredQuestionLog>();
        var log = new UnansweredQuestionLog(logger);
        var first = store.Current;

        Assert.True(log.Record(first, "Why do I crash after a win?"));
        Assert.False(log.Record(first, "why do  I crash after a WIN? "));
        tree.Topic("craving", Sample.Page("Craving", "Cues raise it [@schultz-1997]."));
        await store.ReloadAsync();
        Assert.True(log.Record(store.Current, "Why do I crash after a win?"));
        // A request still holding the old snapshot does not start its list over.
        Assert.False(log.Record(first, "Why do I crash after a win?"));

        Assert.Equal(2, logger.Collector.Count);
    }

    [Fact]
    public void TheEventHoldsTheQuestionAndTheVersionOnly()
    {
        using var tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));
        using var store = new ContentStore(tree.Root, NullLogger<ContentStore>.Instance);
        var logger = new FakeLogger<UnansweredQuestionLog>();

        new UnansweredQuestionLog(logger).Record(store.Current, "  is\r\nFake line\u0000 here?\t");

        var record = logger.LatestRecord;
        Assert.Equal("UnansweredQuestion", record.Id.Name);
        var state = record.StructuredState!.Where(p => p.Key != "{OriginalFormat}").ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(["Question", "Version"], state.Keys.Order());
        Assert.Equal("is Fake line here?", state["Question"]);
        Assert.Equal(store.Current.Version, state["Version"]);
    }
}
