using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.WeVibe.Tests;

/// <summary>The reference server's device test cases for We-Vibe toys, step by step.</summary>
public class ReferenceScenarioTests
{
    private static readonly byte[] Off = [0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    [Fact]
    public async Task Classic_4_plus_initialises_and_packs_both_motors_in_one_byte()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibeProtocol(), "4plus");
        Assert.Equal("WeVibe 4 Plus", device.Model.Name);
        Assert.Equal(
            [
                ("tx", new byte[] { 0x0f, 0x03, 0x00, 0x99, 0x00, 0x03, 0x00, 0x00 }),
                ("tx", Off),
            ],
            device.Hardware.Writes.Select(w => (w.Endpoint, w.Data)), WriteComparer.Instance);
        Assert.All(device.Hardware.Operations.Where(o => o.Kind == Sdk.Testing.HardwareOperationKind.Write), o => Assert.True(o.WithResponse));

        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x84, 0x00, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.5), (1, 0.25)));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0xc8, 0x00, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.75), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x08, 0x00, 0x03, 0x00, 0x00)], device.Vibrate((0, 0), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(Off)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Classic_pivot_repeats_its_single_motor_in_both_nibbles()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibeProtocol(), "Pivot");
        Assert.Equal("WeVibe Pivot", device.Model.Name);
        Assert.Equal(2, device.Hardware.Writes.Count);

        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x88, 0x00, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0xcc, 0x00, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.75)));
        Assert.Equal([TestDevice.Tx(Off)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Eight_bit_moxie_offsets_speeds_by_three()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibe8BitProtocol(), "Moxie");
        Assert.Equal("WeVibe Moxie", device.Model.Name);
        Assert.Empty(device.Hardware.Writes);

        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x09, 0x09, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x0c, 0x0c, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.75)));
        Assert.Equal([TestDevice.Tx(Off)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Eight_bit_vector_sends_external_motor_first_with_running_flags()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibe8BitProtocol(), "Vector");
        Assert.Equal("WeVibe Vector", device.Model.Name);
        Assert.Empty(device.Hardware.Writes);

        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x06, 0x09, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.5), (1, 0.25)));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x09, 0x0c, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.75), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x09, 0x03, 0x02, 0x00, 0x00)], device.Vibrate((0, 0), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(Off)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Chorus_sends_internal_motor_first_without_offset()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new WeVibeChorusProtocol(), "Chorus");
        Assert.Equal("WeVibe Chorus", device.Model.Name);
        Assert.Empty(device.Hardware.Writes);

        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x0f, 0x08, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.5), (1, 0.25)));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x17, 0x0f, 0x03, 0x00, 0x00)], device.Vibrate((0, 0.75), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(0x0f, 0x03, 0x00, 0x00, 0x0f, 0x02, 0x00, 0x00)], device.Vibrate((0, 0), (1, 0.5)));
        Assert.Equal([TestDevice.Tx(Off)], device.Handler.HandleStop());
    }

    private sealed class WriteComparer : IEqualityComparer<(string, byte[])>
    {
        public static readonly WriteComparer Instance = new();
        public bool Equals((string, byte[]) x, (string, byte[]) y) => x.Item1 == y.Item1 && x.Item2.AsSpan().SequenceEqual(y.Item2);
        public int GetHashCode((string, byte[]) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
