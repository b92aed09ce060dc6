using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Fluffer.Tests;

public class AuthenticationTests
{
    [Fact]
    public void Device_bytes_are_xored_with_the_key_except_zero_and_the_key()
    {
        Assert.Equal(new byte[] { 0x58, 0x48, 0x38, 0x28 }, FlufferAdvertisement.DeviceBytes([0x4A, 0x68, .. TestDevice.Advertised]));
        // Key 0x68 ^ 0x68 = 0: 0 stays, 5 ^ 0 = 5; only what is there is taken.
        Assert.Equal(new byte[] { 0x00, 0x05 }, FlufferAdvertisement.DeviceBytes([0x4A, 0x68, 0x68, 0x00, 0x05]));
        // Key 0x68 ^ 0x6A = 0x02: a byte equal to the key stays.
        Assert.Equal(new byte[] { 0x02, 0x03, 0x00, 0xFD }, FlufferAdvertisement.DeviceBytes([0x4A, 0x68, 0x6A, 0x02, 0x01, 0x00, 0xFF, 0x05]));
        Assert.Empty(FlufferAdvertisement.DeviceBytes([0x4A, 0x68]));
    }

    [Fact]
    public void Challenge_is_header_random_and_the_first_four_bytes_of_the_hash() =>
        Assert.Equal(new byte[] { 0xA5, 0x01, 0x08, 0x01, 0x02, 0x03, 0x04, 0x23, 0x47, 0x0B, 0x23 },
            FlufferAuthentication.Challenge([0x01, 0x02, 0x03, 0x04], [0x58, 0x48, 0x38, 0x28]));

    [Fact]
    public async Task An_advertising_toy_is_authenticated_then_started()
    {
        var hardware = TestDevice.Create("FDGTHING", TestDevice.Advertised);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.Challenge, Endpoints.Rx, Packets.Accepted));
        await using var device = await ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware);

        Assert.Equal("Fluffer G-Thing", device.Model.Name);
        Assert.Equal(
            [
                (HardwareOperationKind.Subscribe, Endpoints.Rx, ""),
                (HardwareOperationKind.Write, Endpoints.Tx, Convert.ToHexString(Packets.Challenge)),
                (HardwareOperationKind.Notify, Endpoints.Rx, Convert.ToHexString(Packets.Accepted)),
                (HardwareOperationKind.Write, Endpoints.Tx, Convert.ToHexString(Packets.Start)),
            ],
            hardware.Operations.Select(o => (o.Kind, o.Endpoint, Convert.ToHexString(o.Data ?? []))));
    }

    [Fact]
    public async Task A_refusal_fails_the_connection()
    {
        var hardware = TestDevice.Create("FDG2G", TestDevice.Advertised);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.Challenge, Endpoints.Rx, Packets.Refused));
        var e = await Assert.ThrowsAsync<ProtocolException>(() => ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware));
        Assert.Contains("refused", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(hardware.Writes, w => w.Data.AsSpan().SequenceEqual(Packets.Start));
    }

    [Fact]
    public async Task An_answer_that_does_not_decrypt_fails_the_connection()
    {
        var hardware = TestDevice.Create("FDPR", TestDevice.Advertised);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.Challenge, Endpoints.Rx, [0x01, 0x02, 0x03]));
        var e = await Assert.ThrowsAsync<ProtocolException>(() => ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware));
        Assert.Contains("does not decrypt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silence_fails_the_connection_after_the_timeout()
    {
        var hardware = TestDevice.Create("MBO", TestDevice.Advertised);
        var e = await Assert.ThrowsAsync<ProtocolException>(() => ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(TimeSpan.FromMilliseconds(50)), hardware));
        Assert.Contains("did not answer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disconnect_during_authentication_is_a_hardware_error()
    {
        var hardware = TestDevice.Create("MBB", TestDevice.Advertised);
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind == HardwareOperationKind.Write)
                _ = hardware.DisconnectAsync();
        };
        await Assert.ThrowsAsync<HardwareException>(() => ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware));
    }

    [Fact]
    public async Task Without_advertised_data_the_toy_is_only_subscribed()
    {
        var hardware = TestDevice.Create("fake_name_as_we_must_match_fluffer_manufacturer_data", null);
        await using var device = await ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware);
        Assert.Equal("Fluffer Device", device.Model.Name);
        Assert.Equal([(HardwareOperationKind.Subscribe, Endpoints.Rx)], hardware.Operations.Select(o => (o.Kind, o.Endpoint)));
    }
}
