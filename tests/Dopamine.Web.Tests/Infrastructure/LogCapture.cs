using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Dopamine.Web.Tests.Infrastructure;

/// <summary>Every event the site logs at or above the configured level, for tests that assert nothing went wrong.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
