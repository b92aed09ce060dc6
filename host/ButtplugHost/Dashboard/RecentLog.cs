using Microsoft.Extensions.Logging;

namespace ButtplugHost.Dashboard;

/// <summary>The last log lines (Information and above), for the status page.</summary>
internal sealed class RecentLog : ILoggerProvider
{
    private const int Capacity = 200;
    private readonly Queue<LogLine> _lines = new();
    private long _sequence;

    /// <summary>Raised after a line was added.</summary>
    public event Action? Changed;

    /// <summary>Increases with every line: the status page resends only when it moved.</summary>
    public long Sequence => Interlocked.Read(ref _sequence);

    public IReadOnlyList<LogLine> Lines { get { lock (_lines) return [.. _lines]; } }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogLine line)
    {
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > Capacity)
                _lines.Dequeue();
        }
        Interlocked.Increment(ref _sequence);
        Changed?.Invoke();
    }

    /// <summary>One line: when, how severe, from where, what.</summary>
    internal sealed record LogLine(DateTimeOffset Time, string Level, string Category, string Message);

    private sealed class Logger(RecentLog log, string category) : ILogger
    {
        // Kestrel's own chatter is not what a person looking at the page needs.
        private readonly bool _quiet = category.StartsWith("Microsoft.", StringComparison.Ordinal);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && logLevel != LogLevel.None && !_quiet;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var shortCategory = category[(category.LastIndexOf('.') + 1)..];
            log.Add(new LogLine(DateTimeOffset.UtcNow, logLevel.ToString(), shortCategory, formatter(state, exception)));
        }
    }
}
