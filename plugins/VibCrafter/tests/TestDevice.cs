using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.VibCrafter.Tests;

/// <summary>A VibCrafter in memory that completes the handshake (challenge "xyz") for the code "abc123".</summary>
internal static class TestDevice
{
    public static VibCrafterProtocol Protocol(TimeProvider? time = null) => new(time ?? new FakeTimeProvider(), () => "abc123");

    public static MemoryHardware Cooperative(string name)
    {
        var hardware = MemoryHardware.Create(name, Endpoints.Tx, Endpoints.Rx);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.GreetingAbc123, Endpoints.Rx, Packets.ChallengeXyz));
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.AnswerXyz, Endpoints.Rx, Packets.Ok));
        return hardware;
    }

    public static Task<ProtocolTestDevice> ConnectAsync(string name) => ProtocolTestDevice.ConnectAsync(Protocol(), Cooperative(name));
}
