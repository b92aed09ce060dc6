using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Sdk.Tests;

public class ProtocolTestDeviceTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static Task<ProtocolTestDevice> ConnectEchoTwoAsync() =>
        ProtocolTestDevice.ConnectAsync(new EchoProtocol(), "Echo", hw => hw.SetReadValue(Endpoints.RxBleModel, "E2"u8.ToArray()));

    [Fact]
    public async Task Hardware_gets_the_endpoints_the_definition_maps_and_the_advertised_name()
    {
        await using var device = await ConnectEchoTwoAsync();
        Assert.Equal([Endpoints.Tx, Endpoints.RxBleModel], device.Hardware.Endpoints.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("Echo", device.Hardware.Identity.Name);
    }

    [Fact]
    public async Task Prepare_scripts_the_hardware_before_identification_and_the_model_resolves()
    {
        await using var device = await ConnectEchoTwoAsync();
        Assert.Equal("Echo Two", device.Model.Name);
        Assert.Equal("E2", device.Model.Identifier);
        Assert.Same(device.Model, device.Device.Configuration);
        Assert.IsType<EchoProtocol>(device.Protocol);
    }

    [Fact]
    public async Task Without_a_model_reading_the_defaults_apply()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new EchoProtocol(), "Echo");
        Assert.False(device.Model.IsKnownModel);
        Assert.Equal("Echo Device", device.Model.Name);
    }

    [Fact]
    public async Task The_handler_is_initialised_and_its_handshake_recorded()
    {
        await using var device = await ConnectEchoTwoAsync();
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, "hi"u8.ToArray(), withResponse: true)], device.RecordedWrites());
    }

    [Fact]
    public async Task Send_clears_the_record_executes_and_returns_the_commands()
    {
        await using var device = await ConnectEchoTwoAsync();
        var sent = await device.SendAsync(new OutputCommand(1, OutputType.Vibrate, 40), new OutputCommand(0, OutputType.Vibrate, 3));
        Assert.Equal([Tx(1, 40), Tx(0, 3)], sent);
        Assert.Equal(sent, device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_zeroes_every_stoppable_output_on_the_hardware()
    {
        await using var device = await ConnectEchoTwoAsync();
        await device.SendAsync(new OutputCommand(1, OutputType.Vibrate, 40));
        var stop = await device.StopAsync();
        Assert.Equal([Tx(0, 0), Tx(1, 0)], stop);
        Assert.Equal(stop, device.RecordedWrites());
    }

    [Fact]
    public async Task Translate_and_Vibrate_do_not_touch_the_hardware()
    {
        await using var device = await ConnectEchoTwoAsync();
        device.Hardware.ClearOperations();
        Assert.Equal([Tx(1, 50)], device.Translate(new OutputCommand(1, OutputType.Vibrate, 50)));
        // ceil(10 · 0.25) = 3, ceil(100 · 0.5) = 50.
        Assert.Equal([Tx(0, 3), Tx(1, 50)], device.Vibrate((0, 0.25), (1, 0.5)));
        Assert.Empty(device.Hardware.Operations);
    }

    [Fact]
    public async Task Legacy_floats_round_as_the_host_does()
    {
        await using var device = await ConnectEchoTwoAsync();
        Assert.Equal(new OutputCommand(0, OutputType.Vibrate, 1), device.LegacyScalar(0, OutputType.Vibrate, 0.01));
        Assert.Equal(new OutputCommand(1, OutputType.Vibrate, 100), device.LegacyScalar(1, OutputType.Vibrate, 1.0));
        // trunc(99 · 0.5) = 49.
        Assert.Equal(new OutputCommand(0, OutputType.HwPositionWithDuration, 49, 300), device.LegacyLinear(0, 0.5, 300));
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0xFF, 49, 3])], device.Translate(device.LegacyLinear(0, 0.5, 300)));
    }

    [Fact]
    public async Task Legacy_rounding_of_a_missing_output_is_a_clear_error()
    {
        await using var device = await ConnectEchoTwoAsync();
        Assert.Contains("no feature 7", Assert.Throws<InvalidOperationException>(() => device.LegacyScalar(7, OutputType.Vibrate, 1)).Message);
        Assert.Contains("no Rotate", Assert.Throws<InvalidOperationException>(() => device.LegacyScalar(0, OutputType.Rotate, 1)).Message);
    }

    [Fact]
    public async Task Given_endpoints_replace_the_defined_ones()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new EchoProtocol(), "Echo",
            endpoints: [Endpoints.Tx, Endpoints.RxBleModel, Endpoints.Rx]);
        Assert.Contains(Endpoints.Rx, device.Hardware.Endpoints);
    }

    [Fact]
    public async Task A_protocol_that_needs_a_missing_endpoint_fails_to_connect()
    {
        await Assert.ThrowsAsync<HardwareException>(() => ProtocolTestDevice.ConnectAsync(new EchoProtocol(), "Echo", endpoints: [Endpoints.Tx]));
    }

    [Fact]
    public async Task Connecting_prepared_hardware_uses_it_as_is()
    {
        var hardware = MemoryHardware.Create("Echo", Endpoints.Tx, Endpoints.RxBleModel);
        hardware.SetReadValue(Endpoints.RxBleModel, "E2"u8.ToArray());
        await using var device = await ProtocolTestDevice.ConnectAsync(new EchoProtocol(), hardware);
        Assert.Same(hardware, device.Hardware);
        Assert.Equal("Echo Two", device.Model.Name);
    }

    [Fact]
    public void Protocols_without_a_gatt_map_get_tx_and_rx()
    {
        var definition = DefinitionFile.Parse("""{"protocols": {"serial-only": {"communication": [{"serial": {"port": "default"}}]}}}""").Single();
        Assert.Equal([Endpoints.Tx, Endpoints.Rx], ProtocolTestDevice.DefinedEndpoints(definition));
    }

    [Fact]
    public async Task Output_range_ends_cover_every_output_at_both_ends_with_the_longest_duration()
    {
        await using var device = await ConnectEchoTwoAsync();
        Assert.Equal(
            [
                new OutputCommand(0, OutputType.Vibrate, 10),
                new OutputCommand(0, OutputType.Vibrate, 0),
                new OutputCommand(0, OutputType.HwPositionWithDuration, 99, 5000),
                new OutputCommand(0, OutputType.HwPositionWithDuration, 0, 5000),
                new OutputCommand(1, OutputType.Vibrate, 100),
                new OutputCommand(1, OutputType.Vibrate, 0),
            ],
            device.OutputRangeEnds());
    }
}
