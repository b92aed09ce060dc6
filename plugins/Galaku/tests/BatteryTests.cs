using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Galaku.Tests;

public class BatteryTests
{
    private static async Task<ProtocolTestDevice> ConnectAnswering(string name, byte? level, TimeSpan? timeout = null) =>
        await ProtocolTestDevice.ConnectAsync(new GalakuProtocol(timeout), name, hardware =>
        {
            if (level is { } l)
                hardware.AddReply(new ScriptedReply(Endpoints.Tx, GalakuPackets.BatteryRequest(), Endpoints.RxBleBattery, [l, 0x00]));
        });

    [Fact]
    public async Task Reading_subscribes_writes_the_request_with_response_and_takes_the_first_byte()
    {
        await using var device = await ConnectAnswering("GX21", 87);
        Assert.Equal(87, await device.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
        var ops = device.Hardware.Operations;
        Assert.Equal(HardwareOperationKind.Subscribe, ops[0].Kind);
        Assert.Equal(Endpoints.RxBleBattery, ops[0].Endpoint);
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, GalakuPackets.BatteryRequest(), withResponse: true)], device.RecordedWrites());
    }

    [Fact]
    public async Task A_second_read_does_not_subscribe_again()
    {
        await using var device = await ConnectAnswering("SN80", 40);
        Assert.Equal(40, await device.Handler.ReadInputAsync(2, InputType.Battery, CancellationToken.None));
        Assert.Equal(40, await device.Handler.ReadInputAsync(2, InputType.Battery, CancellationToken.None));
        Assert.Single(device.Hardware.Operations, o => o.Kind == HardwareOperationKind.Subscribe);
        Assert.Equal(2, device.RecordedWrites().Count);
    }

    [Fact]
    public async Task No_answer_is_a_protocol_error_after_the_timeout()
    {
        await using var device = await ConnectAnswering("GX21", null, TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public async Task A_disconnect_while_waiting_is_a_protocol_error()
    {
        await using var device = await ConnectAnswering("GX21", null, TimeSpan.FromMinutes(1));
        var read = device.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None);
        await device.Hardware.DisconnectAsync();
        await Assert.ThrowsAsync<ProtocolException>(() => read);
    }

    [Fact]
    public async Task Other_inputs_and_features_are_rejected()
    {
        await using var device = await ConnectAnswering("GX21", 50);
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(1, InputType.Pressure, CancellationToken.None));
    }
}
