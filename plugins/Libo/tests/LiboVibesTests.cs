using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Libo.Tests;

public class LiboVibesTests
{
    private static HardwareCommand Tx(byte value) => HardwareCommand.Write(Endpoints.Tx, [value]);
    private static HardwareCommand TxMode(byte value) => HardwareCommand.Write(Endpoints.TxMode, [value]);
    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    private static Task<ProtocolTestDevice> ConnectAsync(string name) => ProtocolTestDevice.ConnectAsync(new LiboVibesProtocol(), name);

    [Fact]
    public async Task Single_vibrator_speed_goes_to_tx_and_its_stop_to_txmode_too()
    {
        await using var device = await ConnectAsync("XiaoLu");
        Assert.Equal("Libo Lottie", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);
        Assert.Equal([Tx(0x32)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Tx(0x32)], device.RecordedWrites());
        Assert.Equal([Tx(0x00), TxMode(0x00)], await device.StopAsync());
        Assert.Equal([Tx(0x00), TxMode(0x00)], device.RecordedWrites());
    }

    [Fact]
    public async Task The_second_motor_takes_its_0_to_3_on_txmode()
    {
        await using var device = await ConnectAsync("BaiHu");
        Assert.Equal("Libo LaLa", device.Model.Name);
        Assert.Equal([Tx(0x64), TxMode(0x03)], device.Translate(Vibrate(0, 100), Vibrate(1, 3)));
        Assert.Equal([TxMode(0x01)], device.Translate(Vibrate(1, 1)));
        Assert.Equal([Tx(0x00), TxMode(0x00), TxMode(0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Only_outputs_not_at_rest_are_stopped()
    {
        await using var device = await ConnectAsync("Gugudai");
        Assert.Equal("Libo Carlos", device.Model.Name);
        Assert.Equal([TxMode(0x02)], device.Translate(Vibrate(1, 2)));
        Assert.Equal([Tx(0x00), TxMode(0x00)], device.Translate(Vibrate(0, 0)));
        Assert.Equal([TxMode(0x00)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Yuyi_is_the_feather_with_99_steps()
    {
        await using var device = await ConnectAsync("Yuyi");
        Assert.Equal("Libo Feather", device.Model.Name);
        Assert.Equal([Tx(0x63)], device.Translate(device.LegacyScalar(0, OutputType.Vibrate, 1.0)));
        Assert.Equal([Tx(0x32)], device.Translate(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
    }

    [Theory]
    [InlineData("XiaoLu", "Libo Lottie", 100)]
    [InlineData("LuXiaoHan", "Libo LuLu", 100)]
    [InlineData("LuWuShuang", "Libo Adel", 100)]
    [InlineData("LiBo", "Libo Lily", 100)]
    [InlineData("QingTing", "Libo Lucy", 100)]
    [InlineData("Huohu", "Libo Lara", 100)]
    [InlineData("Yuyi", "Libo Feather", 99)]
    [InlineData("BaiHu", "Libo LaLa", 100, 3)]
    [InlineData("Gugudai", "Libo Carlos", 100, 3)]
    [InlineData("Haima", "Libo Selina", 100, 3)]
    public async Task Every_model_resolves_and_accepts_its_range(string identifier, string name, params int[] maxima)
    {
        await using var device = await ConnectAsync(identifier);
        Assert.True(device.Model.IsKnownModel);
        Assert.Equal(name, device.Model.Name);
        Assert.Equal(maxima, device.Model.Features.Select(f => f.Output![OutputType.Vibrate].Value.Max));
        foreach (var feature in device.Model.Features)
        {
            var max = feature.Output![OutputType.Vibrate].Value.Max;
            Assert.Equal([feature.Index == 0 ? Tx((byte)max) : TxMode((byte)max)], device.Translate(Vibrate(feature.Index, max)));
        }
    }

    [Fact]
    public void Ten_models_found_by_name_on_tx_and_txmode()
    {
        var definition = new LiboVibesProtocol().Definition;
        Assert.Equal(10, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(definition.Configurations.SelectMany(c => c.Identifier).Order(), btle.Names.Order());
        var service = btle.Services[Guid.Parse("00006000-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("00006001-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("00006002-0000-1000-8000-00805f9b34fb"), service["txmode"]);
        Assert.Equal("Libo Vibes Device", definition.Resolve("Other").Name);
    }

    [Fact]
    public async Task Unsupported_outputs_are_protocol_errors()
    {
        await using var device = await ConnectAsync("XiaoLu");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(2, 1)));
    }

    [Fact]
    public void The_plugin_registers_the_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new LiboPlugin().Configure(builder);
        Assert.Equal(["libo-vibes", "libo-elle", "libo-shark"], builder.Protocols.Select(p => p.Name));
    }
}
