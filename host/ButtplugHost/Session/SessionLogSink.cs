using System.Collections.Concurrent;
using ButtplugHost.Protocol;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Session;

/// <summary>
/// A logger provider that forwards the host's log to sessions that asked for it with RequestLog
/// (message versions 0 and 1), at the level each asked for.
/// </summary>
internal sealed class SessionLogSink : ILoggerProvider
{
    private readonly ConcurrentDictionary<ClientSession, bool> _sessions = new();

    public void Attach(ClientSession session) => _sessions[session] = true;

    public void Detach(ClientSession session) => _sessions.TryRemove(session, out _);

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void Dispose() => _sessions.Clear();

    private sealed class SinkLogger(SessionLogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => !sink._sessions.IsEmpty;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            foreach (var session in sink._sessions.Keys)
            {
                if (session.ClientLogLevel is { } wanted && logLevel >= wanted && logLevel != LogLevel.None)
                    session.Send(ServerMessages.Log(LevelName(logLevel), $"{category}: {formatter(state, exception)}"));
            }
        }

        private static string LevelName(LogLevel level) => level switch
        {
            LogLevel.Trace => "Trace",
            LogLevel.Debug => "Debug",
            LogLevel.Information => "Info",
            LogLevel.Warning => "Warn",
            LogLevel.Error => "Error",
            _ => "Fatal",
        };
    }
}
