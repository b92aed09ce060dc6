using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lelo.Tests;

public class LeloF1sV2Tests
{
    private static readonly byte[] NotAuthorised = [0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] Password = [1, 2, 3, 4, 5, 6, 8];
    private static readonly byte[] Authorised = [1, 0, 0, 0, 0, 0, 0, 0];

    private static MemoryHardware F1sV2(string name = "F1SV2A") =>
        MemoryHardware.Create(name, Endpoints.Tx, Endpoints.Whitelist, Endpoints.Rx, Endpoints.TxVibrate, Endpoints.Generic(0));

    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);

    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    private static List<(HardwareOperationKind, string?, string)> Trace(MemoryHardware hardware) =>
        [.. hardware.Operations.Select(o => (o.Kind, o.Endpoint, o.Data is null ? "" : $"{Convert.ToHexString(o.Data)}{(o.WithResponse ? "!" : "")}"))];

    [Fact]
    public async Task Already_authorised_device_pairs_at_once()
    {
        var hardware = F1sV2("F1SV3");
        _ = new NotificationScript(hardware, Endpoints.Whitelist, [Authorised]);
        var device = await ProtocolTestDevice.ConnectAsync(new LeloF1sV2Protocol(), hardware);
        Assert.Equal("Lelo F1s V3", device.Device.Configuration.Name);
        Assert.DoesNotContain(hardware.Operations, o => o.Kind == HardwareOperationKind.Write);
    }

    [Fact]
    public async Task Device_without_whitelist_pairs_on_generic0_and_takes_harmony_packets()
    {
        var hardware = MemoryHardware.Create("F2", Endpoints.Tx, Endpoints.Rx, Endpoints.TxVibrate, Endpoints.Generic(0));
        _ = new NotificationScript(hardware, Endpoints.Generic(0), [Password], [Authorised]);
        var device = await ProtocolTestDevice.ConnectAsync(new LeloF1sV2Protocol(), hardware);
        Assert.Equal("Lelo F2S", device.Device.Configuration.Name);
        Assert.Contains(hardware.Operations, o => o.Kind == HardwareOperationKind.Write && o.Endpoint == Endpoints.Generic(0) && o.WithResponse && o.Data!.SequenceEqual(Password));

        Assert.Equal(
            [HardwareCommand.Write(Endpoints.Tx, [0x0a, 0x12, 0x02, 0x08, 0, 0, 0, 0, 0x14, 0])],
            await device.SendAsync(Vibrate(1, 20)));
    }

    [Fact]
    public async Task Short_zero_notification_is_taken_as_a_password()
    {
        // The V2 firmware's "not authorised" is exactly eight zero bytes; anything else is echoed back.
        var hardware = F1sV2();
        _ = new NotificationScript(hardware, Endpoints.Whitelist, [[0]], [Authorised]);
        await ProtocolTestDevice.ConnectAsync(new LeloF1sV2Protocol(), hardware);
        Assert.Contains(hardware.Operations, o => o.Kind == HardwareOperationKind.Write && o.Endpoint == Endpoints.Whitelist && o.Data!.SequenceEqual(new byte[] { 0 }));
    }

    [Fact]
    public async Task Pairing_times_out_with_a_clear_error()
    {
        var hardware = F1sV2();
        _ = new NotificationScript(hardware, Endpoints.Whitelist, [NotAuthorised]);
        var protocol = new LeloF1sV2Protocol(new LeloOptions { PairingTimeoutSeconds = 0.05 });
        var error = await Assert.ThrowsAsync<ProtocolException>(() => ProtocolTestDevice.ConnectAsync(protocol, hardware));
        Assert.Contains("power button", error.Message);
    }

    [Fact]
    public async Task Disconnect_while_pairing_fails_the_connection()
    {
        var hardware = F1sV2();
        var protocol = new LeloF1sV2Protocol();
        var connecting = ProtocolTestDevice.ConnectAsync(protocol, hardware);
        await WaitUntil(() => hardware.Operations.Any(o => o.Kind == HardwareOperationKind.Subscribe));
        await hardware.DisconnectAsync();
        await Assert.ThrowsAsync<HardwareException>(() => connecting);
    }

    [Fact]
    public async Task Cancelling_the_connection_stops_pairing()
    {
        var hardware = F1sV2();
        var identifier = await new LeloF1sV2Protocol().IdentifyAsync(hardware, CancellationToken.None);
        var handler = new LeloF1sV2Protocol().CreateHandler(new ProtocolDevice(hardware, new LeloF1sV2Protocol().Definition.Resolve(identifier),
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.InitializeAsync(cts.Token));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(5);
        Assert.True(condition());
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0 }, PairingState.NotAuthorised)]
    [InlineData(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0 }, PairingState.Authorised)]
    [InlineData(new byte[] { 0 }, PairingState.Password)]
    [InlineData(new byte[] { 1 }, PairingState.Password)]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 8 }, PairingState.Password)]
    public void F1sv2_pairing_states(byte[] value, PairingState expected) => Assert.Equal(expected, PairingStates.F1sV2(value));
}
