using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TCode.Tests;

public class AxisTests
{
    [Theory]
    [InlineData(510, 200u, "L0510I200\n")]
    [InlineData(0, 0u, "L0000I0\n")]
    [InlineData(5, 1500u, "L0005I1500\n")]
    [InlineData(50, 100000u, "L0050I100000\n")]
    [InlineData(999, 20u, "L0999I20\n")]
    [InlineData(1000, 20u, "L0999I20\n")] // TCode's top is all nines: "L01000" would mean 0.1
    public void Builtin_model_moves_with_duration_in_thousandths(int position, uint duration, string expected)
    {
        var commands = TCodeDevices.Builtin().HandleOutputs([new OutputCommand(0, OutputType.HwPositionWithDuration, position, duration)]);
        Assert.Equal([Lines.Tx(expected)], commands);
    }

    [Theory]
    [InlineData(250, "L0250\n")]
    [InlineData(1000, "L0999\n")]
    [InlineData(7, "L0007\n")]
    public void Builtin_model_moves_at_full_speed_without_interval(int position, string expected)
    {
        var commands = TCodeDevices.Builtin().HandleOutputs([new OutputCommand(0, OutputType.Position, position)]);
        Assert.Equal([Lines.Tx(expected)], commands);
    }

    [Fact]
    public void Builtin_model_stop_sends_nothing_because_positions_have_no_rest_value()
    {
        Assert.Empty(TCodeDevices.Builtin().HandleStop());
    }

    [Fact]
    public void Channel_is_the_feature_index_and_one_write_per_output()
    {
        var handler = TCodeDevices.WithFeatures("""
            [ { "index": 0, "output": { "position": { "value": [0, 1000] } } },
              { "index": 1, "output": { "position": { "value": [0, 100] } } },
              { "index": 2, "output": { "vibrate": { "value": [0, 100] } } } ]
            """);
        var commands = handler.HandleOutputs([
            new OutputCommand(0, OutputType.Position, 300),
            new OutputCommand(1, OutputType.Position, 70),
            new OutputCommand(2, OutputType.Vibrate, 100),
        ]);
        Assert.Equal([Lines.Tx("L0300\n"), Lines.Tx("L170\n"), Lines.Tx("V299\n")], commands);
    }

    [Theory]
    [InlineData(0, "R0500\n")]
    [InlineData(100, "R0999\n")]
    [InlineData(-100, "R0000\n")]
    [InlineData(50, "R0750\n")]
    public void Signed_rotation_is_centred(int value, string expected)
    {
        var handler = TCodeDevices.WithFeatures("""[ { "index": 0, "output": { "rotate": { "value": [-100, 100] } } } ]""");
        Assert.Equal([Lines.Tx(expected)], handler.HandleOutputs([new OutputCommand(0, OutputType.Rotate, value)]));
    }

    [Fact]
    public void Unsigned_rotation_turns_one_way_from_the_centre_and_stops_at_it()
    {
        var handler = TCodeDevices.WithFeatures("""
            [ { "index": 1, "output": { "rotate": { "value": [0, 50] } } },
              { "index": 3, "output": { "vibrate": { "value": [0, 20] } } } ]
            """);
        Assert.Equal([Lines.Tx("R199\n")], handler.HandleOutputs([new OutputCommand(1, OutputType.Rotate, 50)]));
        Assert.Equal([Lines.Tx("R175\n")], handler.HandleOutputs([new OutputCommand(1, OutputType.Rotate, 25)]));
        Assert.Equal([Lines.Tx("R150\n"), Lines.Tx("V300\n")], handler.HandleStop());
    }

    [Fact]
    public void Ranges_that_are_not_powers_of_ten_are_scaled()
    {
        var handler = TCodeDevices.WithFeatures("""[ { "index": 0, "output": { "vibrate": { "value": [0, 255] } } } ]""");
        Assert.Equal([Lines.Tx("V0501\n")], handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 128)]));
        Assert.Equal([Lines.Tx("V0999\n")], handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 255)]));
        Assert.Equal([Lines.Tx("V0000\n")], handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 0)]));
    }

    [Fact]
    public void Outputs_TCode_has_no_axis_for_are_refused()
    {
        var handler = TCodeDevices.WithFeatures("""[ { "index": 0, "output": { "oscillate": { "value": [0, 100] } } } ]""");
        var error = Assert.Throws<ProtocolException>(() => handler.HandleOutputs([new OutputCommand(0, OutputType.Oscillate, 10)]));
        Assert.Contains("Oscillate", error.Message);
    }

    [Fact]
    public void Features_beyond_channel_9_are_refused()
    {
        var handler = TCodeDevices.WithFeatures("""[ { "index": 10, "output": { "vibrate": { "value": [0, 100] } } } ]""");
        var error = Assert.Throws<ProtocolException>(() => handler.HandleOutputs([new OutputCommand(10, OutputType.Vibrate, 10)]));
        Assert.Contains("0–9", error.Message);
    }
}
