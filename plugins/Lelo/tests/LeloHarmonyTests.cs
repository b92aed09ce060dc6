using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lelo.Tests;

public class LeloHarmonyTests
{
    private static readonly byte[] Password = [1, 2, 3, 4, 5, 6, 8];

    private static MemoryHardware Harmony(string name) =>
        MemoryHardware.Create(name, Endpoints.Command, Endpoints.Tx, Endpoints.Whitelist);

    private static HardwareCommand Motor(byte motor, byte speed) =>
        HardwareCommand.Write(Endpoints.Tx, [0x0a, 0x12, motor, 0x08, 0x00, 0x00, 0x00, 0x00, speed, 0x00], withResponse: false);

    private static async Task<ProtocolTestDevice> PairAsync(string name)
    {
        var hardware = Harmony(name);
        _ = new NotificationScript(hardware, Endpoints.Whitelist, [[0], Password], [[0x01]]);
        var device = await ProtocolTestDevice.ConnectAsync(new LeloHarmonyProtocol(), hardware);
        Assert.Equal(
        [
            (HardwareOperationKind.Subscribe, Endpoints.Whitelist),
            (HardwareOperationKind.Notify, Endpoints.Whitelist),
            (HardwareOperationKind.Notify, Endpoints.Whitelist),
            (HardwareOperationKind.Unsubscribe, Endpoints.Whitelist),
            (HardwareOperationKind.Write, Endpoints.Whitelist),
            (HardwareOperationKind.Subscribe, Endpoints.Whitelist),
            (HardwareOperationKind.Notify, Endpoints.Whitelist),
        ], hardware.Operations.Select(o => (o.Kind, o.Endpoint)));
        var write = hardware.Operations.Single(o => o.Kind == HardwareOperationKind.Write);
        Assert.Equal(Password, write.Data);
        Assert.True(write.WithResponse);
        return device;
    }

    [Theory]
    [InlineData("TOR3")]
    [InlineData("GIGI3")]
    [InlineData("LIV3")]
    public async Task Single_motor_models_stop_with_one_packet(string name)
    {
        var device = await PairAsync(name);
        Assert.Equal([Motor(1, 100)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 100)));
        Assert.Equal([Motor(1, 0)], await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_are_rejected()
    {
        var device = await PairAsync("Hugo2");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Oscillate, 5)]));
    }

    [Theory]
    [InlineData(new byte[] { }, PairingState.NotAuthorised)]
    [InlineData(new byte[] { 0 }, PairingState.NotAuthorised)]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0 }, PairingState.NotAuthorised)]
    [InlineData(new byte[] { 1 }, PairingState.Authorised)]
    [InlineData(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0 }, PairingState.Authorised)]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 8 }, PairingState.Password)]
    [InlineData(new byte[] { 0, 1 }, PairingState.Password)]
    public void Harmony_pairing_states(byte[] value, PairingState expected) => Assert.Equal(expected, PairingStates.Harmony(value));
}
