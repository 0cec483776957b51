using System.Diagnostics.Metrics;
using Dopamine.Content.Snapshots;
using Dopamine.Content.Telemetry;
using Dopamine.Content.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dopamine.Content.Tests.Telemetry;

/// <summary>What an operator's dashboard reads from the content store: reloads, their time, the live snapshot's figures.</summary>
public sealed class SiteMetricsTests : IDisposable
{
    private readonly TestMeterFactory _meters = new();
    private readonly ContentTree _tree = ContentTree.WithSources().Topic("reward", Sample.Page("Reward", "Dopamine rises [@schultz-1997]."));

    [Fact]
    public async Task EachReloadIsCountedAndTimed()
    {
        using var reloads = new MetricCollector<long>(_meters, SiteMetrics.MeterName, "dopamine.content.reloads");
        using var durations = new MetricCollector<double>(_meters, SiteMetrics.MeterName, "dopamine.content.reload.duration");
        using var store = new ContentStore(_tree.Root, NullLogger<ContentStore>.Instance, new SiteMetrics(_meters));

        await store.ReloadAsync();
        await store.ReloadAsync();

        var counted = reloads.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Count);
        Assert.All(counted, m => Assert.Equal("ok", m.Tags["outcome"]));
        Assert.Equal(2, durations.GetMeasurementSnapshot().Count);
        Assert.All(durations.GetMeasurementSnapshot(), m => Assert.InRange(m.Value, 0.000_001, 60));
    }

    [Fact]
    public async Task ContentGaugesDescribeTheLiveSnapshot()
    {
        using var pages = new MetricCollector<int>(_meters, SiteMetrics.MeterName, "dopamine.content.pages");
        using var version = new MetricCollector<int>(_meters, SiteMetrics.MeterName, "dopamine.content.version");
        using var store = new ContentStore(_tree.Root, NullLogger<ContentStore>.Instance, new SiteMetrics(_meters));
        var before = store.Current.Version;

        _tree.Topic("craving", Sample.Page("Craving", "Cues raise it [@schultz-1997]."));
        await store.ReloadAsync();
        pages.RecordObservableInstruments();
        version.RecordObservableInstruments();

        Assert.Equal(2, pages.LastMeasurement?.Value);
        Assert.NotEqual(before, store.Current.Version);
        Assert.Equal(store.Current.Version, version.LastMeasurement?.Tags["version"]);
        Assert.Equal(1, version.LastMeasurement?.Value);
    }

    [Fact]
    public void AnsweredAndUnansweredQuestionsAreCountedApart()
    {
        using var answers = new MetricCollector<long>(_meters, SiteMetrics.MeterName, "dopamine.answers");
        using var unanswered = new MetricCollector<long>(_meters, SiteMetrics.MeterName, "dopamine.questions.unanswered");
        var metrics = new SiteMetrics(_meters);

        metrics.RecordAnswer(answered: true);
        metrics.RecordAnswer(answered: false);
        metrics.RecordAnswer(answered: false);

        Assert.Single(answers.GetMeasurementSnapshot());
        Assert.Equal(2, unanswered.GetMeasurementSnapshot().Count);
    }

    public void Dispose()
    {
        _meters.Dispose();
        _tree.Dispose();
    }

    /// <summary>Meters of their own per test, so parallel tests never count each other's reloads.</summary>
    private sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _created = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            _created.Add(meter);
            return meter;
        }

        public void Dispose() => _created.ForEach(m => m.Dispose());
    }
}
