using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Sdk.Testing;

/// <summary>A logger factory that keeps every formatted log line, for asserting on what a plugin logged.</summary>
public sealed class CollectingLoggerFactory : ILoggerFactory
{
    /// <summary>Every line logged, with its level.</summary>
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <inheritdoc/>
    public void AddProvider(ILoggerProvider provider) { }

    /// <inheritdoc/>
    public void Dispose() { }

    /// <summary>Waits until a line containing <paramref name="text"/> was logged at warning or above, and returns it.</summary>
    /// <exception cref="TimeoutException">No such line within <paramref name="timeoutMs"/>.</exception>
    public async Task<string> WaitForWarningAsync(string text, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            var line = Lines.FirstOrDefault(l => l.Level >= LogLevel.Warning && l.Message.Contains(text, StringComparison.Ordinal));
            if (line.Message is not null)
                return line.Message;
            await Task.Delay(20).ConfigureAwait(false);
        }
        throw new TimeoutException($"No warning containing '{text}'. Logged:\n{string.Join("\n", Lines.Select(l => $"{l.Level}: {l.Message}"))}");
    }

    private sealed class Logger(CollectingLoggerFactory owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((logLevel, formatter(state, exception)));
    }
}
