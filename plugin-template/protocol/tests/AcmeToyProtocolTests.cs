using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AcmeToy.Tests;

/// <summary>
/// What the protocol writes for each command, byte for byte. Output values arrive as integers in the
/// feature's range (the host rounds a client's 0.5 on a 0–20 vibrator up to 10).
/// </summary>
public sealed class AcmeToyProtocolTests
{
    private static ProtocolHandler Connect(string advertisedName, out MemoryHardware hardware)
    {
        var protocol = new AcmeToyProtocol();
        hardware = MemoryHardware.Create(advertisedName);
        var identifier = protocol.IdentifyAsync(hardware, CancellationToken.None).GetAwaiter().GetResult();
        var model = protocol.Definition.Resolve(identifier);
        return protocol.CreateHandler(new ProtocolDevice(hardware, model, NullLogger.Instance));
    }

    [Fact]
    public void Vibrate_writes_command_feature_and_speed()
    {
        var handler = Connect("AcmeToy-1", out _);

        var commands = handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 10)]);

        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0xA1, 0x00, 0x0A])], commands);
    }

    [Fact]
    public void Stop_sets_every_vibrator_of_the_model_to_zero()
    {
        var handler = Connect("AcmeToy-Duo", out _);

        Assert.Equal(
            [HardwareCommand.Write(Endpoints.Tx, [0xA1, 0x00, 0x00]), HardwareCommand.Write(Endpoints.Tx, [0xA1, 0x01, 0x00])],
            handler.HandleStop());
    }

    [Fact]
    public void Unsupported_outputs_are_refused()
    {
        var handler = Connect("AcmeToy-1", out _);

        Assert.Throws<ProtocolException>(() => handler.HandleOutputs([new OutputCommand(0, OutputType.Rotate, 5)]));
    }

    [Theory]
    [InlineData(null, "AcmeToy Vibrator", 1)]
    [InlineData("AcmeToy-Duo", "AcmeToy Duo", 2)]
    public void Every_model_in_devices_json_resolves(string? identifier, string name, int vibrators)
    {
        var model = new AcmeToyProtocol().Definition.Resolve(identifier);

        Assert.Equal(name, model.Name);
        Assert.Equal(vibrators, model.Features.Count(f => f.Output?.ContainsKey(OutputType.Vibrate) == true));
    }
}
