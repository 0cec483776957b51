using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dopamine.Content.Snapshots;
using Microsoft.Extensions.Logging;

namespace Dopamine.Content.Telemetry;

/// <summary>
/// Writes each question the site could not answer to the log once per snapshot, as a structured event with the
/// question's text and the content version and nothing about who asked: editors read the list to decide what to
/// write next, and a question asked a thousand times is still one line until the content changes.
/// </summary>
public sealed partial class UnansweredQuestionLog(ILogger<UnansweredQuestionLog> logger)
{
    // Bounds the memory a stream of distinct junk questions can take; past it they are counted (SiteMetrics), not logged.
    private const int MostLoggedPerSnapshot = 10_000;

    // Keyed by the snapshot itself: a request still holding the old one during a reload neither resets nor mixes the
    // new one's list, and each list goes when its snapshot does.
    private readonly ConditionalWeakTable<Snapshot, ConcurrentDictionary<string, byte>> _logged = [];

    /// <summary>Logs <paramref name="question"/> unless it was logged for <paramref name="snapshot"/> already; true when logged now.</summary>
    public bool Record(Snapshot snapshot, string question)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(question);
        var text = OneLine(question);
        if (text.Length == 0)
        {
            return false;
        }

        var logged = _logged.GetValue(snapshot, _ => new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase));
        if (logged.Count >= MostLoggedPerSnapshot || !logged.TryAdd(text, 0))
        {
            return false;
        }

        LogUnanswered(text, snapshot.Version);
        return true;
    }

    // Whitespace and control characters become single spaces, so a question is one log line that cannot forge others.
    private static string OneLine(string question) =>
        string.Join(' ', new string([.. question.Select(c => char.IsControl(c) ? ' ' : c)]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [LoggerMessage(EventName = "UnansweredQuestion", Level = LogLevel.Information,
        Message = "Unanswered question {Question} (content {Version})")]
    private partial void LogUnanswered(string question, string version);
}
