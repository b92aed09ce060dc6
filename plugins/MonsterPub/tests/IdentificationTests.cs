using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MonsterPub.Tests;

public class IdentificationTests
{
    [Fact]
    public async Task The_model_is_the_text_in_the_model_characteristic_without_nuls()
    {
        var hardware = MemoryHardware.Create("MonsterPub", Endpoints.Tx, Endpoints.RxBleModel);
        hardware.SetReadValue(Endpoints.RxBleModel, [.. "MP2_JK_N_P1"u8, 0, 0, 0, 0, 0]);
        Assert.Equal("MP2_JK_N_P1", await new MonsterPubProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task A_device_without_a_readable_model_is_unknown()
    {
        var hardware = MemoryHardware.Create("MonsterPub", Endpoints.Tx);
        Assert.Equal("Unknown", await new MonsterPubProtocol().IdentifyAsync(hardware, CancellationToken.None));
        await using var device = await ProtocolTestDevice.ConnectAsync(new MonsterPubProtocol(), hardware);
        Assert.Equal("Sistalk MonsterPub Device", device.Model.Name);
        Assert.False(device.Model.IsKnownModel);
    }

    [Fact]
    public async Task A_model_that_is_not_utf8_is_a_protocol_error()
    {
        var hardware = MemoryHardware.Create("MonsterPub", Endpoints.Tx, Endpoints.RxBleModel);
        hardware.SetReadValue(Endpoints.RxBleModel, [0x4D, 0xFF, 0xFE]);
        await Assert.ThrowsAsync<ProtocolException>(() => new MonsterPubProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }
}
