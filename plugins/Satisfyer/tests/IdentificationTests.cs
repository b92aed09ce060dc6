using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Satisfyer.Tests;

public class IdentificationTests
{
    [Fact]
    public async Task Model_number_in_the_advertisement_is_used_without_reading()
    {
        var hardware = TestDevice.CreateHardware(manufacturerData: new Dictionary<ushort, byte[]> { [93] = [0x00, 0x00, 0x27, 0xB0] });
        var identifier = await new SatisfyerProtocol().IdentifyAsync(hardware, CancellationToken.None);
        Assert.Equal("10160", identifier);
        Assert.Empty(hardware.Operations);
    }

    [Fact]
    public async Task Advertisement_without_a_four_byte_model_falls_back_to_the_model_characteristic()
    {
        var hardware = TestDevice.CreateHardware(
            model: [0x00, 0x00, 0x27, 0x15],
            manufacturerData: new Dictionary<ushort, byte[]> { [93] = [0x00, 0x00, 0x27] });
        Assert.Equal("10005", await new SatisfyerProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task Other_companies_data_is_not_taken_for_a_model_number()
    {
        var hardware = TestDevice.CreateHardware(
            model: [0x00, 0x00, 0x27, 0x15],
            manufacturerData: new Dictionary<ushort, byte[]> { [76] = [0x01, 0x02, 0x03, 0x04] });
        Assert.Equal("10005", await new SatisfyerProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task Unreadable_model_number_resolves_to_the_default_single_vibrator()
    {
        await using var device = await TestDevice.ConnectAsync(TestDevice.CreateHardware(model: [0x27, 0x15]));
        Assert.Equal("0", device.Model.Identifier);
        Assert.False(device.Model.IsKnownModel);
        Assert.Equal("Satisfyer Device", device.Model.Name);
        Assert.Equal([TestDevice.Tx(0x19, 0x19, 0x19, 0x19)], device.Vibrate((0, 0.25)));
    }

    [Fact]
    public async Task Missing_model_characteristic_is_a_protocol_error()
    {
        var hardware = new Sdk.Testing.MemoryHardware(TestDevice.CreateHardware().Identity, [Sdk.Hardware.Endpoints.Tx]);
        var error = await Assert.ThrowsAsync<ProtocolException>(() => new SatisfyerProtocol().IdentifyAsync(hardware, CancellationToken.None));
        Assert.Contains("model number", error.Message, StringComparison.Ordinal);
    }
}
