using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Libo.Tests;

public class LiboElleTests
{
    private static HardwareCommand Tx(byte value) => HardwareCommand.Write(Endpoints.Tx, [value]);
    private static HardwareCommand TxMode(byte value) => HardwareCommand.Write(Endpoints.TxMode, [value]);
    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    // A user's configuration giving the Elle a second vibrator, which the protocol drives on tx.
    private const string TwoVibrators = """
        {"protocols": {"libo-elle": {"defaults": {"name": "Elle with two", "features": [
          {"index": 0, "output": {"vibrate": {"value": [0, 3]}}},
          {"index": 1, "output": {"vibrate": {"value": [0, 23]}}}]}}}}
        """;

    [Theory]
    [InlineData("PiPiJing", "LiBo Elle")]
    [InlineData("Shuidi", "Libo Elle 2")]
    public async Task Every_model_takes_its_speed_on_txmode(string name, string model)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LiboElleProtocol(), name);
        Assert.Equal(model, device.Model.Name);
        Assert.True(device.Model.IsKnownModel);
        Assert.Equal(new ValueRange(0, 3), device.Model.Features.Single().Output![OutputType.Vibrate].Value);
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([TxMode(0x02)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([TxMode(0x03)], await device.SendAsync(Vibrate(0, 3)));
        Assert.Equal([TxMode(0x00)], await device.StopAsync());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Theory]
    [InlineData(0, 0x00)]
    [InlineData(1, 0x01)]
    [InlineData(7, 0x61)]
    [InlineData(8, 0x04)]
    [InlineData(9, 0x14)]
    [InlineData(23, 0xF4)]
    public async Task A_second_vibrator_packs_speed_and_mode_on_tx(int speed, byte packed)
    {
        var hardware = MemoryHardware.Create("PiPiJing", [Endpoints.Tx, Endpoints.TxMode]);
        await using var device = await ProtocolTestDevice.ConnectAsync(new LiboElleProtocol(), hardware, DefinitionFile.Parse(TwoVibrators).Single());
        Assert.Equal([Tx(packed)], device.Translate(Vibrate(1, speed)));
    }

    [Fact]
    public async Task Out_of_range_and_unsupported_outputs_are_protocol_errors()
    {
        var hardware = MemoryHardware.Create("PiPiJing", [Endpoints.Tx, Endpoints.TxMode]);
        await using var device = await ProtocolTestDevice.ConnectAsync(new LiboElleProtocol(), hardware, DefinitionFile.Parse(TwoVibrators).Single());
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(1, 24)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
        Assert.Equal([TxMode(0x00), Tx(0x00)], device.Handler.HandleStop());
        await using var single = await ProtocolTestDevice.ConnectAsync(new LiboElleProtocol(), "Shuidi");
        Assert.Throws<ProtocolException>(() => single.Translate(Vibrate(1, 1)));
    }

    [Fact]
    public void Two_models_found_by_name_on_tx_and_txmode()
    {
        var definition = new LiboElleProtocol().Definition;
        Assert.Equal(2, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["PiPiJing", "Shuidi"], btle.Names);
        var service = btle.Services[Guid.Parse("00006000-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("00006001-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("00006002-0000-1000-8000-00805f9b34fb"), service["txmode"]);
        Assert.Equal("Libo Elle Device", definition.Resolve("Other").Name);
    }
}
