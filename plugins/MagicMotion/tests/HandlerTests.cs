using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MagicMotion.Tests;

public class HandlerTests
{
    [Fact]
    public async Task V1_xone_oscillates_with_the_vibrate_packet()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V1(), "Xone");
        Assert.Equal("MagicMotion Xone", device.Model.Name);
        Assert.Equal(
            [TestDevice.Tx([0x0b, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, 0x4b, 0x64, 0x00])],
            device.Handler.HandleOutputs([device.LegacyScalar(0, OutputType.Oscillate, 0.75)]));
    }

    [Fact]
    public async Task V2_jive_oscillator_is_the_second_motor()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V2(), "CBT001");
        Assert.Equal("FunTown Jive", device.Model.Name);
        Assert.Equal(
            [TestDevice.Tx([0x10, 0xff, 0x04, 0x0a, 0x32, 0x0a, 0x00, 0x04, 0x08, 0x14, 0x64, 0x00, 0x04, 0x08, 0x50, 0x64, 0x01])],
            device.Handler.HandleOutputs([device.LegacyScalar(0, OutputType.Vibrate, 0.2), device.LegacyScalar(1, OutputType.Oscillate, 0.8)]));
        Assert.Equal(
            [TestDevice.Tx([0x10, 0xff, 0x04, 0x0a, 0x32, 0x0a, 0x00, 0x04, 0x08, 0x00, 0x64, 0x00, 0x04, 0x08, 0x00, 0x64, 0x01])],
            device.Handler.HandleStop());
    }

    [Fact]
    public async Task V3_refuses_oscillate()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V3(), "Krush");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Oscillate, 3)]));
    }

    [Fact]
    public async Task Refused_batch_leaves_the_motors_as_they_were()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V4(), "bobi2");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs(
            [new OutputCommand(0, OutputType.Vibrate, 90), new OutputCommand(1, OutputType.Rotate, 90)]));
        Assert.Equal(
            [TestDevice.Tx([0x10, 0xff, 0x04, 0x0a, 0x32, 0x32, 0x00, 0x04, 0x08, 0x00, 0x64, 0x00, 0x04, 0x08, 0x05, 0x64, 0x01], true)],
            device.Handler.HandleOutputs([new OutputCommand(1, OutputType.Vibrate, 5)]));
    }

    [Fact]
    public async Task Motor_beyond_the_second_is_refused()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V2(), "Eidolon");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(2, OutputType.Vibrate, 5)]));
    }

    [Fact]
    public async Task Stop_before_any_command_stops_every_motor_and_then_nothing_more()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V1(), "Magic Wand");
        Assert.Single(device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleOutputs([]));
    }

    [Fact]
    public async Task Battery_is_read_from_the_ble_battery_characteristic()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V2(), "Eidolon");
        device.Hardware.SetReadValue(Endpoints.RxBleBattery, [87]);
        Assert.Equal(87, await device.Handler.ReadInputAsync(2, InputType.Battery, CancellationToken.None));
        var read = Assert.Single(device.Hardware.Operations);
        Assert.Equal(("rxblebattery", Sdk.Testing.HardwareOperationKind.Read), (read.Endpoint, read.Kind));
    }

    [Fact]
    public async Task Battery_of_a_feature_without_one_is_refused()
    {
        var device = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V1(), "Magic Cell");
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.SubscribeInputAsync(1, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public async Task Battery_without_the_characteristic_or_with_an_empty_reading_is_a_protocol_error()
    {
        var bare = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V1(), "Magic Cell", endpoints: [Endpoints.Tx]);
        await Assert.ThrowsAsync<ProtocolException>(() => bare.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));

        var empty = await ProtocolTestDevice.ConnectAsync(MagicMotionProtocol.V1(), "Magic Cell");
        await Assert.ThrowsAsync<ProtocolException>(() => empty.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
    }
}
