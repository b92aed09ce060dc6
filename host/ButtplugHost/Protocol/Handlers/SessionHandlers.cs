using ButtplugHost.Session;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>Ping, Test, RequestLog and Disconnect.</summary>
internal static class SessionHandlers
{
    public static ValueTask<Reply> Ping(ClientSession s, IncomingMessage m)
    {
        s.Pinged();
        return ValueTask.FromResult(ServerMessages.Ok(m.Id));
    }

    /// <summary>v0–v1: echo the string, or fail when it is "Error".</summary>
    public static ValueTask<Reply> Test(ClientSession s, IncomingMessage m)
    {
        var text = m.String("TestString");
        if (text == "Error")
            throw ButtplugError.Msg("Test message asked for an error.");
        return ValueTask.FromResult(ServerMessages.Test(m.Id, text));
    }

    public static ValueTask<Reply> RequestLog(ClientSession s, IncomingMessage m)
    {
        s.ClientLogLevel = m.String("LogLevel") switch
        {
            "Off" => null,
            "Fatal" => LogLevel.Critical,
            "Error" => LogLevel.Error,
            "Warn" => LogLevel.Warning,
            "Info" => LogLevel.Information,
            "Debug" => LogLevel.Debug,
            "Trace" => LogLevel.Trace,
            var other => throw ButtplugError.Msg($"RequestLog.LogLevel must be Off, Fatal, Error, Warn, Info, Debug or Trace; got {other}."),
        };
        return ValueTask.FromResult(ServerMessages.Ok(m.Id));
    }

    /// <summary>v4: stop everything, answer Ok, then close.</summary>
    public static async ValueTask<Reply> Disconnect(ClientSession s, IncomingMessage m)
    {
        s.Send(ServerMessages.Ok(m.Id));
        await s.EndAsync("client sent Disconnect");
        return ServerMessages.None;
    }
}
