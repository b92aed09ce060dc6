using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Lioness.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    [Fact]
    public async Task Start_up_subscribes_to_rx_then_writes_the_hello_acknowledged()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LionessProtocol(), "Lioness");
        var operations = device.Hardware.Operations.Where(o => o.Kind is HardwareOperationKind.Write or HardwareOperationKind.Subscribe)
            .Select(o => $"{o.Kind} {o.Endpoint} {(o.Data is null ? "" : Convert.ToHexString(o.Data))} {o.WithResponse}".Trim()).ToList();
        Assert.Equal(["Subscribe rx  False", "Write tx 01AAAABBCC10 True"], operations);
    }

    [Fact]
    public async Task Each_speed_is_a_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LionessProtocol(), "Lioness2");
        Assert.Equal([Tx(0x02, 0xAA, 0xBB, 0xCC, 0xCC, 0x64)], await device.SendAsync(Vibrate(100)));
        Assert.Equal([Tx(0x02, 0xAA, 0xBB, 0xCC, 0xCC, 0x00)], await device.StopAsync());
    }

    [Fact]
    public async Task An_unpaired_toy_fails_to_connect_with_a_hint_about_pairing()
    {
        var protocol = new LionessProtocol();
        var hardware = new RefusingWrites(MemoryHardware.Create("Lioness", [.. ProtocolTestDevice.DefinedEndpoints(protocol.Definition)]));
        var handler = protocol.CreateHandler(new ProtocolDevice(hardware, protocol.Definition.Resolve("Lioness"), NullLogger.Instance));
        var e = await Assert.ThrowsAsync<ProtocolException>(() => handler.InitializeAsync(CancellationToken.None));
        Assert.Contains("PIN 6496", e.Message);
        Assert.IsType<HardwareException>(e.InnerException);
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LionessProtocol(), "Lioness");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }

    /// <summary>A device that is there but refuses every write, as an unpaired Lioness does.</summary>
    private sealed class RefusingWrites(MemoryHardware inner) : IHardware
    {
        public DeviceIdentity Identity => inner.Identity;
        public IReadOnlyCollection<string> Endpoints => inner.Endpoints;
        public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken) =>
            throw new HardwareException("GATT write refused: insufficient authentication");
        public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) => inner.ReadAsync(endpoint, cancellationToken);
        public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => inner.SubscribeAsync(endpoint, cancellationToken);
        public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => inner.UnsubscribeAsync(endpoint, cancellationToken);
        public event EventHandler<HardwareNotification>? Notification { add => inner.Notification += value; remove => inner.Notification -= value; }
        public event EventHandler? Disconnected { add => inner.Disconnected += value; remove => inner.Disconnected -= value; }
        public Task DisconnectAsync() => inner.DisconnectAsync();
    }
}
