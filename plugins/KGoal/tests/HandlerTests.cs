using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.KGoal.Tests;

public class HandlerTests
{
    private static Task<ProtocolTestDevice> Connect(Action<MemoryHardware>? prepare = null) =>
        ProtocolTestDevice.ConnectAsync(new KGoalBoostProtocol(), "Boost", prepare);

    private static List<InputReading> Collect(ProtocolTestDevice device)
    {
        var readings = new List<InputReading>();
        device.Handler.InputReadingReceived += (_, r) => { lock (readings) readings.Add(r); };
        return readings;
    }

    private static List<string> Subscriptions(MemoryHardware hardware) =>
        [.. hardware.Operations.Where(o => o.Kind is HardwareOperationKind.Subscribe or HardwareOperationKind.Unsubscribe).Select(o => $"{o.Kind} {o.Endpoint}")];

    private static byte[] Pressure(int normalized, int raw) =>
        [0x00, 0x01, 0x04, (byte)(normalized >> 8), (byte)normalized, (byte)(raw >> 8), (byte)raw];

    [Fact]
    public async Task Nothing_happens_on_connect_and_a_stop_writes_nothing()
    {
        await using var device = await Connect();
        Assert.DoesNotContain(device.Hardware.Operations, o => o.Kind is HardwareOperationKind.Write or HardwareOperationKind.Subscribe);
        Assert.Empty(await device.StopAsync());
    }

    [Fact]
    public async Task The_normalised_reading_is_feature_0_and_the_raw_one_feature_1()
    {
        await using var device = await Connect();
        var readings = Collect(device);
        await device.Handler.SubscribeInputAsync(0, InputType.Pressure, default);
        await device.Handler.SubscribeInputAsync(1, InputType.Pressure, default);
        device.Hardware.Notify(Endpoints.RxPressure, [0x00, 0x01, 0x04, 0x00, 0x05, 0x05, 0xD3]);
        Assert.Equal([new InputReading(0, InputType.Pressure, 5), new InputReading(1, InputType.Pressure, 1491)], readings);
        Assert.Equal(["Subscribe rxpressure"], Subscriptions(device.Hardware));
    }

    [Fact]
    public async Task Only_subscribed_features_and_changed_values_are_published()
    {
        await using var device = await Connect();
        var readings = Collect(device);
        await device.Handler.SubscribeInputAsync(1, InputType.Pressure, default);
        device.Hardware.Notify(Endpoints.RxPressure, Pressure(7, 300));
        device.Hardware.Notify(Endpoints.RxPressure, Pressure(8, 300));  // raw unchanged: nothing
        device.Hardware.Notify(Endpoints.RxPressure, Pressure(8, 0));    // back to 0 is news
        Assert.Equal([new InputReading(1, InputType.Pressure, 300), new InputReading(1, InputType.Pressure, 0)], readings);
    }

    [Fact]
    public async Task The_first_zero_is_not_news()
    {
        await using var device = await Connect();
        var readings = Collect(device);
        await device.Handler.SubscribeInputAsync(0, InputType.Pressure, default);
        device.Hardware.Notify(Endpoints.RxPressure, Pressure(0, 900));
        Assert.Empty(readings);
    }

    [Fact]
    public async Task A_short_notification_is_no_reading()
    {
        await using var device = await Connect();
        var readings = Collect(device);
        await device.Handler.SubscribeInputAsync(0, InputType.Pressure, default);
        device.Hardware.Notify(Endpoints.RxPressure, [0x00, 0x01, 0x04, 0x00, 0x05, 0x05]);
        Assert.Empty(readings);
        device.Hardware.Notify(Endpoints.RxPressure, Pressure(2, 2));
        Assert.Equal([new InputReading(0, InputType.Pressure, 2)], readings);
    }

    [Fact]
    public async Task The_endpoint_is_unsubscribed_when_the_last_feature_is()
    {
        await using var device = await Connect();
        var readings = Collect(device);
        await device.Handler.SubscribeInputAsync(0, InputType.Pressure, default);
        await device.Handler.SubscribeInputAsync(0, InputType.Pressure, default);
        await device.Handler.SubscribeInputAsync(1, InputType.Pressure, default);
        await device.Handler.UnsubscribeInputAsync(0, InputType.Pressure, default);
        Assert.Equal(["Subscribe rxpressure"], Subscriptions(device.Hardware));
        device.Hardware.Notify(Endpoints.RxPressure, Pressure(3, 4));
        Assert.Equal([new InputReading(1, InputType.Pressure, 4)], readings);
        await device.Handler.UnsubscribeInputAsync(1, InputType.Pressure, default);
        await device.Handler.UnsubscribeInputAsync(1, InputType.Pressure, default);
        Assert.Equal(["Subscribe rxpressure", "Unsubscribe rxpressure"], Subscriptions(device.Hardware));
        await device.Handler.SubscribeInputAsync(0, InputType.Pressure, default);
        Assert.Equal(["Subscribe rxpressure", "Unsubscribe rxpressure", "Subscribe rxpressure"], Subscriptions(device.Hardware));
    }

    [Fact]
    public async Task The_battery_is_the_first_byte_of_the_battery_characteristic()
    {
        await using var device = await Connect(hw => hw.SetReadValue(Endpoints.RxBleBattery, [0x4B]));
        Assert.Equal(75, await device.Handler.ReadInputAsync(2, InputType.Battery, default));
    }

    [Fact]
    public async Task An_empty_battery_answer_is_a_protocol_error()
    {
        await using var device = await Connect();
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(2, InputType.Battery, default));
    }

    [Fact]
    public async Task Inputs_the_toy_does_not_have_are_protocol_errors()
    {
        await using var device = await Connect();
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.SubscribeInputAsync(2, InputType.Pressure, default));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.SubscribeInputAsync(0, InputType.Battery, default));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Pressure, default));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 1)));
    }
}
