using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

/// <summary>The 2.1 command set: kiiroo-v21, kiiroo-v21-initialized and kiiroo-v3.</summary>
public class KiirooV21Tests
{
    [Fact]
    public async Task Pearl_2_1_vibrates_with_01_and_the_speed()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV21Protocol(), "Pearl2.1");
        Assert.Equal("Kiiroo Pearl 2.1", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);

        Assert.Equal([TestDevice.Tx(0x01, 0x32)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(0x01, 0x22)], device.Vibrate((0, 0.333)));
        Assert.Equal([TestDevice.Tx(0x01, 0x64)], device.Vibrate((0, 1.0)));
        Assert.Equal([TestDevice.Tx(0x01, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Titan_1_1_vibrates_and_strokes()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV21Protocol(), "Titan1.1");
        Assert.Equal([TestDevice.Tx(0x01, 0x19)], device.Vibrate((0, 0.25)));
        Assert.Equal([TestDevice.Tx(0x03, 0x00, 9, 49)], device.Linear(1, 0.5, 1000));
        Assert.Equal([TestDevice.Tx(0x03, 0x00, 70, 99)], device.Linear(1, 1.0, 150));
        Assert.Equal(
            [TestDevice.Tx(0x01, 0x0a), TestDevice.Tx(0x03, 0x00, 255, 0)],
            device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 10), new OutputCommand(1, OutputType.HwPositionWithDuration, 0, 50)]));
        // Stop halts the vibrator and leaves the stroker where it is.
        Assert.Equal([TestDevice.Tx(0x01, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Battery_is_byte_5_of_the_whitelist_read()
    {
        byte[] reply = [.. Enumerable.Range(0, 20).Select(i => (byte)(i == 5 ? 87 : 0xee))];
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV21Protocol(), "Pearl2.1", hw => hw.SetReadValue(Endpoints.Whitelist, reply));
        Assert.Equal(87, await device.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
        Assert.Contains(device.Hardware.Operations, o => o.Kind == Sdk.Testing.HardwareOperationKind.Read && o.Endpoint == Endpoints.Whitelist);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(19)]
    [InlineData(21)]
    public async Task A_battery_answer_of_the_wrong_length_is_an_error(int length)
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV21Protocol(), "Pearl2.1", hw => hw.SetReadValue(Endpoints.Whitelist, new byte[length]));
        var error = await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
        Assert.Contains("battery", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Models_without_a_battery_refuse_to_read_one()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV21Protocol(), "Cliona");
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.HwPositionWithDuration, 10, 100)]));
        Assert.Empty(device.Hardware.Operations);
    }

    [Theory]
    [InlineData("KEON", "Kiiroo Keon")]
    [InlineData("Onyx+", "Kiiroo Onyx+")]
    [InlineData("Onyx2.1", "Kiiroo Onyx 2.1")]
    [InlineData("Realm1.1", "Kiiroo Onyx+ Realm Edition")]
    public async Task Initialized_variant_wakes_the_stroker_first(string name, string model)
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV21InitializedProtocol(), name);
        Assert.Equal(model, device.Model.Name);
        Assert.Equal(
            [TestDevice.TxWithResponse(0x03, 0x00, 0x64, 0x19), TestDevice.TxWithResponse(0x03, 0x00, 0x64, 0x00)],
            device.RecordedWrites());

        Assert.Equal([TestDevice.Tx(0x03, 0x00, 20, 74)], device.Linear(0, 0.75, 700));
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Keon_wifi_strokes_without_a_handshake()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV3Protocol(), "KEON WIFI");
        Assert.Equal("Kiiroo Keon", device.Model.Name);
        Assert.Empty(device.Hardware.Operations);
        Assert.Equal([TestDevice.Tx(0x03, 0x00, 0, 0)], device.Linear(0, 0, 50));
        Assert.Equal([TestDevice.Tx(0x03, 0x00, 255, 99)], device.Linear(0, 1.0, 0));
        Assert.Equal([TestDevice.Tx(0x03, 0x00, 9, 49)], device.Linear(0, 0.5, 1000));
    }

    [Fact]
    public async Task Keon_wifi_battery_read_fails_cleanly_as_its_map_has_no_whitelist()
    {
        // The reference maps no whitelist endpoint for this model, so the read cannot succeed.
        var device = await ProtocolTestDevice.ConnectAsync(new KiirooV3Protocol(), "Keon Wifi");
        var error = await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
        Assert.IsType<HardwareException>(error.InnerException);
    }
}
