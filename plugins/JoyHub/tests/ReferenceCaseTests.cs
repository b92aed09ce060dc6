using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using static ButtplugHost.Plugins.JoyHub.Tests.HandlerTests;

namespace ButtplugHost.Plugins.JoyHub.Tests;

/// <summary>
/// The reference's JoyHub cases, as the host passes them to the handler: client floats rounded up to
/// steps, and only the outputs whose value changed. The reference's harness checks the writes it
/// lists and ignores any after them; the stops here list everything that is sent.
/// </summary>
public class ReferenceCaseTests
{
    // test_joyhub_moonhorn.yaml
    [Fact]
    public async Task Moon_horn()
    {
        await using var device = await Connect("J-MoonHorn");
        Assert.Equal("JoyHub Moon Horn", device.Model.Name);
        Assert.Equal([Tx(0xA0, 0x03, 0x80, 0x00, 0x00, 0x00, 0xAA)], device.Vibrate((0, 0.5)));
        // Vibrate unchanged at 0.5; suction 0.1 of 9 → 1.
        Assert.Equal([Tx(0xA0, 0x0D, 0x00, 0x00, 0x01, 0xFF)], device.Translate(device.LegacyScalar(5, OutputType.Constrict, 0.1)));
        Assert.Equal([Tx(0xA0, 0x03, 0xFF, 0x00, 0x00, 0x00, 0xAA)], device.Vibrate((0, 1.0)));
        Assert.Equal([Tx(0xA0, 0x03, 0x80, 0x00, 0x00, 0x00, 0xAA), Tx(0xA0, 0x0D, 0x00, 0x00, 0x05, 0xFF)],
            device.Translate(device.LegacyScalar(0, OutputType.Vibrate, 0.5), device.LegacyScalar(5, OutputType.Constrict, 0.5)));
        // The reference lists the first two; the heater, never set, is switched off too (as the reference does).
        Assert.Equal([Tx(0xA0, 0x03, 0x00, 0x00, 0x00, 0x00, 0xAA), Tx(0xA0, 0x0D, 0x00, 0x00, 0x00, 0xFF), Tx(0xA0, 0x04, 0x00, 0x00, 0x00, 0x00)],
            device.Handler.HandleStop());
    }

    // test_joyhub_petalwish.yaml: the client's vibrator 0 is feature 2.
    [Fact]
    public async Task Petalwish()
    {
        await using var device = await Connect("J-Petalwish2");
        Assert.Equal("JoyHub Petalwish 2", device.Model.Name);
        Assert.Equal([Tx(0xA0, 0x03, 0x00, 0x00, 0x80, 0x00, 0xAA)], device.Vibrate((2, 0.5)));
        Assert.Equal([Tx(0xA0, 0x03, 0x80, 0x00, 0x1A, 0x00, 0xAA)],
            device.Translate(device.LegacyScalar(0, OutputType.Oscillate, 0.5), device.LegacyScalar(2, OutputType.Vibrate, 0.1)));
        Assert.Equal([Tx(0xA0, 0x03, 0x00, 0x00, 0x00, 0x00, 0xAA)], device.Handler.HandleStop());
    }

    // test_joyhub_petalwish_compat.yaml
    [Fact]
    public async Task Petalwish_compat()
    {
        await using var device = await Connect("J-Petalwish2");
        Assert.Equal([Tx(0xA0, 0x03, 0x00, 0x00, 0x80, 0x00, 0xAA)], device.Vibrate((2, 0.5)));
        // The oscillator was never set: its 0 is merged into the one motor packet.
        Assert.Equal([Tx(0xA0, 0x03, 0x00, 0x00, 0x00, 0x00, 0xAA)], device.Handler.HandleStop());
    }

    // test_joyhub_roselin.yaml
    [Fact]
    public async Task Roselin()
    {
        await using var device = await Connect("J-RoseLin");
        Assert.Equal("JoyHub RoseLin", device.Model.Name);
        Assert.Equal([Tx(0xA0, 0x03, 0x80, 0x00, 0x00, 0x00, 0xAA)], device.Vibrate((0, 0.5)));
        // Vibrate unchanged; rotate 0.1 of 255 → 26; suction 0.8 of 4 → 4.
        Assert.Equal([Tx(0xA0, 0x03, 0x80, 0x00, 0x00, 0x1A, 0xAA), Tx(0xA0, 0x07, 0x01, 0x00, 0x04, 0xFF)],
            device.Translate(device.LegacyScalar(3, OutputType.Rotate, 0.1), device.LegacyScalar(4, OutputType.Constrict, 0.8)));
        Assert.Equal([Tx(0xA0, 0x03, 0x00, 0x00, 0x00, 0x00, 0xAA), Tx(0xA0, 0x07, 0x00, 0x00, 0x00, 0xFF)], device.Handler.HandleStop());
    }
}
