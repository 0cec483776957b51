using System.Diagnostics.Metrics;
using Dopamine.Content.Snapshots;

namespace Dopamine.Content.Telemetry;

/// <summary>
/// The site's own measurements, on the <see cref="MeterName"/> meter: what readers ask and how content reloads go.
/// Plain <see cref="System.Diagnostics.Metrics"/>, so this library needs no exporter; the host decides whether anyone
/// listens (an instrument nobody listens to costs a branch).
/// </summary>
public sealed class SiteMetrics
{
    /// <summary>The meter's name, for the host to subscribe to.</summary>
    public const string MeterName = "Dopamine";

    private readonly Counter<long> _searches;
    private readonly Counter<long> _suggestions;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _unanswered;
    private readonly Counter<long> _reloads;
    private readonly Histogram<double> _reloadDuration;
    private ContentFigures _figures = new(0, 0, "");

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>, which disposes it with the host.</summary>
    public SiteMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _searches = meter.CreateCounter<long>("dopamine.searches", "{search}",
            "Searches run (/search and /api/search); found=false when nothing matched, which editors should read.");
        _suggestions = meter.CreateCounter<long>("dopamine.suggestions", "{request}", "Suggestion requests answered as a reader types.");
        _answers = meter.CreateCounter<long>("dopamine.answers", "{question}", "Questions given an answer.");
        _unanswered = meter.CreateCounter<long>("dopamine.questions.unanswered", "{question}",
            "Questions the site had no answer for: what editors should write next.");
        _reloads = meter.CreateCounter<long>("dopamine.content.reloads", "{reload}", "Content reloads after an edit, by outcome.");
        _reloadDuration = meter.CreateHistogram<double>("dopamine.content.reload.duration", "s",
            "Time from the start of a reload to the new snapshot being live.");
        // Read when scraped, from the snapshot live at that moment.
        meter.CreateObservableGauge("dopamine.content.pages", () => Volatile.Read(ref _figures).Pages, "{page}", "Pages in the live snapshot.");
        meter.CreateObservableGauge("dopamine.content.diagnostics", () => Volatile.Read(ref _figures).Diagnostics, "{diagnostic}",
            "Content problems in the live snapshot (the check command lists them).");
        meter.CreateObservableGauge("dopamine.content.version", ContentVersion, "{version}",
            "Always 1, labelled with the live content version: compare it across instances after a deploy.");
    }

    /// <summary>Counts one search; <paramref name="found"/> says whether it matched any page.</summary>
    public void RecordSearch(string source, bool found) =>
        _searches.Add(1, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("found", found));

    /// <summary>Counts one request for suggestions.</summary>
    public void RecordSuggestion(string source) => _suggestions.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>Counts one question asked: answered, or left unanswered (log it too, with <see cref="UnansweredQuestionLog"/>).</summary>
    public void RecordAnswer(bool answered) => (answered ? _answers : _unanswered).Add(1);

    /// <summary>Counts one reload and, when it succeeded, how long it took.</summary>
    public void RecordReload(TimeSpan elapsed, bool succeeded)
    {
        _reloads.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));
        if (succeeded)
        {
            _reloadDuration.Record(elapsed.TotalSeconds);
        }
    }

    /// <summary>Makes <paramref name="snapshot"/> the one the content gauges describe.</summary>
    public void ObserveSnapshot(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _figures, new ContentFigures(snapshot.Content.Articles.Count, snapshot.Content.Diagnostics.Count, snapshot.Version));
    }

    private Measurement<int> ContentVersion() => new(1, new KeyValuePair<string, object?>("version", Volatile.Read(ref _figures).Version));

    private sealed record ContentFigures(int Pages, int Diagnostics, string Version);
}
