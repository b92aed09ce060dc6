using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TCode.Tests;

/// <summary>
/// The reference's test_tcode_linear_and_vibrate case, byte for byte. Its float commands become
/// integers as the host converts them: Linear 0.51 on [0,100] → trunc 51; Vibrate 1.0 on [0,99] → ceil 99.
/// </summary>
public class ReferenceCaseTests
{
    private readonly ProtocolHandler _handler = TCodeDevices.FromJson(TCodeDevices.LinearAndVibrate, "tcode-v03-linear-vibrate");

    [Fact]
    public void Linear_move_is_L0_position_I_duration()
    {
        var commands = _handler.HandleOutputs([new OutputCommand(0, OutputType.HwPositionWithDuration, 51, 200)]);
        Assert.Equal([Lines.Tx("L051I200\n")], commands);
        Assert.Equal(new byte[] { 76, 48, 53, 49, 73, 50, 48, 48, 10 }, ((ButtplugHost.Sdk.Hardware.HardwareWrite)commands[0]).Data);
    }

    [Fact]
    public void Vibrate_on_feature_1_is_V1()
    {
        var commands = _handler.HandleOutputs([new OutputCommand(1, OutputType.Vibrate, 99)]);
        Assert.Equal([Lines.Tx("V199\n")], commands);
    }

    [Fact]
    public void Stop_zeroes_the_vibrator_and_leaves_the_stroker_where_it_is()
    {
        Assert.Equal([Lines.Tx("V100\n")], _handler.HandleStop());
    }
}
