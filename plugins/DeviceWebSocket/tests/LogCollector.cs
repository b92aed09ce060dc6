using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.DeviceWebSocket.Tests;

/// <summary>A logger factory that keeps every formatted log line, for asserting on what was logged.</summary>
internal sealed class LogCollector : ILoggerFactory
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void AddProvider(ILoggerProvider provider) { }

    public void Dispose() { }

    /// <summary>Waits until a line containing <paramref name="text"/> was logged at warning or above.</summary>
    public async Task<string> WaitForWarningAsync(string text, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            var line = Lines.FirstOrDefault(l => l.Level >= LogLevel.Warning && l.Message.Contains(text, StringComparison.Ordinal));
            if (line.Message is not null)
                return line.Message;
            await Task.Delay(20);
        }
        throw new TimeoutException($"No warning containing '{text}'. Logged:\n{string.Join("\n", Lines.Select(l => $"{l.Level}: {l.Message}"))}");
    }

    private sealed class Logger(LogCollector owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((logLevel, formatter(state, exception)));
    }
}
