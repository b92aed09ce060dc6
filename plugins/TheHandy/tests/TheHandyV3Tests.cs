using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.TheHandy.Tests;

// RpcMessage{type: REQUEST (08 01), request (12 len): Request{id (10 varint), params (field 7xx/9xx, len)}}
public class TheHandyV3Tests
{
    private const string BatteryRequest = "08 01 12 05 10 01 B2 2C 00";       // id 1, RequestBatteryGet (710)
    private const string CapabilitiesRequest = "08 01 12 05 10 02 CA 2C 00";  // id 2, RequestCapabilitiesGet (713)
    // RpcMessage{type: RESPONSE, response: Response{id: 1, response_battery_get: {state: {level: 87}}}}
    private const string BatteryAnswer = "08 03 22 09 08 01 B2 2C 04 0A 02 08 57";

    private static readonly TheHandyOptions QuickOptions = new() { ResponseTimeoutMs = 20 };

    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Hex.Bytes(hex), withResponse: true);

    private static MemoryHardware AnsweringHandy(string name)
    {
        var hardware = MemoryHardware.Create(name, Endpoints.Tx, Endpoints.Rx);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Hex.Bytes(BatteryRequest), Endpoints.Rx, Hex.Bytes(BatteryAnswer)));
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Hex.Bytes(CapabilitiesRequest), Endpoints.Rx, Hex.Bytes("08 03 22 02 08 02")));
        return hardware;
    }

    [Theory]
    [InlineData("OHD_hw4_A1B2C3", "hw4")]
    [InlineData("OHD_hw1_0001", "hw1")]
    [InlineData("OHD_hw3_x_y", "hw3")]
    [InlineData("OHD_hw4", "unknown")]
    [InlineData("", "unknown")]
    public async Task Model_is_the_hardware_part_of_the_name(string name, string expected)
    {
        Assert.Equal(expected, TheHandyV3Protocol.HardwareModel(name));
        var hardware = MemoryHardware.Create(name, Endpoints.Tx, Endpoints.Rx);
        Assert.Equal(expected, await new TheHandyV3Protocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task Start_up_asks_for_battery_and_capabilities()
    {
        var hardware = AnsweringHandy("OHD_hw4_A1B2C3");
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyV3Protocol(), hardware);
        Assert.Equal("The Handy 2 Pro", device.Device.Configuration.Name);
        Assert.Equal(
        [
            (HardwareOperationKind.Subscribe, Endpoints.Rx, "", false),
            (HardwareOperationKind.Write, Endpoints.Tx, BatteryRequest, false),
            (HardwareOperationKind.Notify, Endpoints.Rx, BatteryAnswer, false),
            (HardwareOperationKind.Write, Endpoints.Tx, CapabilitiesRequest, false),
            (HardwareOperationKind.Notify, Endpoints.Rx, "08 03 22 02 08 02", false),
        ], hardware.Operations.Select(o => (o.Kind, o.Endpoint, o.Data is null ? "" : Spaced(o.Data), o.WithResponse)));
    }

    private static string Spaced(byte[] data) => string.Join(" ", data.Select(b => b.ToString("X2")));

    [Fact]
    public async Task Start_up_goes_on_when_the_device_does_not_answer()
    {
        var hardware = MemoryHardware.Create("OHD_hw3_1", Endpoints.Tx, Endpoints.Rx);
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyV3Protocol(QuickOptions), hardware);
        Assert.Equal("The Handy 2 Standard", device.Device.Configuration.Name);
        Assert.Equal([Hex.Bytes(BatteryRequest), Hex.Bytes(CapabilitiesRequest)], hardware.Writes.Select(w => w.Data));
    }

    [Fact]
    public async Task Start_up_can_be_cancelled()
    {
        var hardware = MemoryHardware.Create("OHD_hw3_1", Endpoints.Tx, Endpoints.Rx);
        var protocol = new TheHandyV3Protocol();
        var handler = protocol.CreateHandler(new ProtocolDevice(hardware, protocol.Definition.Resolve("hw3"),
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.InitializeAsync(cts.Token));
    }

    // HDSP xp/t set (744): Request{id, request_hdsp_xp_t_set (C2 2E len): {xp: float (0D), t (10), stop_on_target: true (18 01)}}
    [Fact]
    public async Task Moves_are_hdsp_position_in_time_with_increasing_ids()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyV3Protocol(), AnsweringHandy("OHD_hw4_A1B2C3"));
        Assert.Equal([Tx("08 01 12 0F 10 03 C2 2E 0A 0D 00 00 00 3F 10 F4 03 18 01")],
            await device.SendAsync(new OutputCommand(0, OutputType.HwPositionWithDuration, 50, 500)));
        Assert.Equal([Tx("08 01 12 0F 10 03 C2 2E 0A 0D 00 00 00 3F 10 F4 03 18 01")], device.RecordedWrites());
        Assert.Equal([Tx("08 01 12 0F 10 04 C2 2E 0A 0D 9A 99 99 3E 10 C8 01 18 01")],
            await device.SendAsync(new OutputCommand(0, OutputType.HwPositionWithDuration, 30, 200)));
        // Position 0 and duration 0 are left out.
        Assert.Equal([Tx("08 01 12 07 10 05 C2 2E 02 18 01")],
            await device.SendAsync(new OutputCommand(0, OutputType.HwPositionWithDuration, 0, 0)));
        Assert.Equal([Tx("08 01 12 10 10 06 C2 2E 0B 0D 00 00 80 3F 10 A0 8D 06 18 01")],
            await device.SendAsync(new OutputCommand(0, OutputType.HwPositionWithDuration, 100, 100000)));
    }

    // HVP set (900): {amplitude: float (0D), frequency: 100 (10 64)}; HVP stop (901) is empty.
    [Fact]
    public async Task The_oh_vibrates_with_hvp_and_stops_with_hvp_stop()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyV3Protocol(), AnsweringHandy("OHD_hw1_0001"));
        Assert.Equal("The Oh!", device.Device.Configuration.Name);
        Assert.Equal([Tx("08 01 12 0C 10 03 A2 38 07 0D 00 00 00 3F 10 64")],
            await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 50)));
        Assert.Equal([Tx("08 01 12 0C 10 04 A2 38 07 0D 00 00 80 3F 10 64")],
            await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 100)));
        Assert.Equal([Tx("08 01 12 05 10 05 AA 38 00")], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 0)));
        Assert.Equal([Tx("08 01 12 05 10 06 AA 38 00")], await device.StopAsync());
        Assert.Equal([Tx("08 01 12 05 10 06 AA 38 00")], device.RecordedWrites());
    }

    [Fact]
    public async Task Strokers_have_nothing_to_stop()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyV3Protocol(), AnsweringHandy("OHD_hw4_1"));
        Assert.Empty(await device.StopAsync());
    }

    [Fact]
    public async Task Unknown_outputs_are_rejected_without_using_an_id()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new TheHandyV3Protocol(), AnsweringHandy("OHD_hw1_1"));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Rotate, 1)]));
        Assert.Equal([Tx("08 01 12 05 10 03 AA 38 00")], await device.StopAsync());
    }

    [Fact]
    public async Task Keep_alive_is_a_bare_capabilities_request_if_configured()
    {
        var clock = new FakeTimeProvider();
        var hardware = AnsweringHandy("OHD_hw4_1");
        await using var device = await ProtocolTestDevice.ConnectAsync(new TheHandyV3Protocol(new TheHandyOptions { KeepAliveSeconds = 2 }, clock), hardware);
        var ping = HardwareCommand.Write(Endpoints.Tx, Hex.Bytes("10 01 CA 2C 00"), withResponse: true);
        hardware.ClearOperations();

        clock.Advance(TimeSpan.FromSeconds(2));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal([ping, ping], device.RecordedWrites());
    }

    [Fact]
    public void Battery_level_is_read_from_the_answer()
    {
        Assert.Equal(87u, HandyRpcResponses.BatteryLevel(Hex.Bytes(BatteryAnswer)));
        // A level of 0 is absent from the encoding.
        Assert.Equal(0u, HandyRpcResponses.BatteryLevel(Hex.Bytes("08 03 22 07 08 01 B2 2C 02 0A 00")));
        Assert.Null(HandyRpcResponses.BatteryLevel(Hex.Bytes("08 03 22 02 08 02")));
        Assert.Null(HandyRpcResponses.BatteryLevel(Hex.Bytes("FF FF FF")));
        Assert.Null(HandyRpcResponses.BatteryLevel([]));
    }
}
