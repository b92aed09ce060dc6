using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.HoneyPlayBox.Tests;

/// <summary>Outputs, stops and the battery, byte-exact (frames computed independently of the plugin). The reference's Vibrosa case is scenarios/vibrosa.json.</summary>
public class HandlerTests
{
    private static OutputCommand Out(int index, OutputType type, int value) => new(index, type, value);

    [Fact]
    public async Task Every_frame_carries_every_motor_and_the_next_counter()
    {
        await using var device = await TestDevice.ConnectAsync("HPB-399");
        Assert.Equal("Honey Play Box Cyrus", device.Model.Name);
        Assert.Equal([TestDevice.Tx("02a55a55aaf002b1030018010005003c000064110005003c0000001db8466c911bbd2f03f03e")],
            device.Translate(Out(0, OutputType.Vibrate, 100)));
        // The oscillator is motor 1.
        Assert.Equal([TestDevice.Tx("02a55a55aaf003b1030018010005003c000064110005003c00001ee86129ac6dddda1f03e1cb")],
            device.Translate(Out(1, OutputType.Oscillate, 30)));
    }

    [Fact]
    public async Task Two_outputs_in_one_call_give_two_frames()
    {
        await using var device = await TestDevice.ConnectAsync("HPB-399");
        Assert.Equal(
        [
            TestDevice.Tx("02a55a55aaf002b1030018010005003c000064110005003c0000001db8466c911bbd2f03f03e"),
            TestDevice.Tx("02a55a55aaf003b1030018010005003c000064110005003c00001ee86129ac6dddda1f03e1cb"),
        ], device.Translate(Out(0, OutputType.Vibrate, 100), Out(1, OutputType.Oscillate, 30)));
    }

    [Fact]
    public async Task Single_motor_toy_and_its_stop()
    {
        await using var device = await TestDevice.ConnectAsync("HPB-0520");
        Assert.Equal("Honey Play Box Pearl 2", device.Model.Name);
        Assert.Equal([TestDevice.Tx("02a55a55aaf002b1030010010005003c00004d69aea209762f0724039692")], device.Translate(Out(0, OutputType.Vibrate, 77)));
        Assert.Equal([TestDevice.Tx("02a55a55aaf003b1030010010005003c0000000264d5bb846b559f0371eb")], device.Handler.HandleStop());
        // Already at rest: nothing more to stop.
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Rotation_sets_the_motor_like_any_speed()
    {
        await using var device = await TestDevice.ConnectAsync("HPB-376-1");
        Assert.Equal("Honey Play Box Joi Thrust 2", device.Model.Name);
        var rotate = device.Translate(Out(0, OutputType.Rotate, 100));
        var vibrate = await TestDevice.ConnectAsync("HPB-399");
        await using (vibrate)
            Assert.Equal(vibrate.Translate(Out(0, OutputType.Vibrate, 100)), rotate);
    }

    [Fact]
    public async Task The_counter_wraps_after_255()
    {
        await using var device = await TestDevice.ConnectAsync("HPB-0520");
        for (var i = 2; i <= 255; i++)
            device.Translate(Out(0, OutputType.Vibrate, i % 2));
        Assert.Equal([TestDevice.Tx("02a55a55aaf000b1030010010005003c0000012090eb51f07a9c2503f051")], device.Translate(Out(0, OutputType.Vibrate, 1)));
    }

    [Fact]
    public async Task Every_model_accepts_its_whole_range()
    {
        foreach (var name in new HoneyPlayBoxProtocol().Definition.Communication.Single().Btle!.Names)
        {
            await using var device = await TestDevice.ConnectAsync(name);
            Assert.True(device.Model.IsKnownModel, name);
            var outputs = device.Model.Features.Count(f => f.Output is not null);
            foreach (var command in device.OutputRangeEnds())
            {
                var frame = Assert.IsType<HardwareWrite>(Assert.Single(device.Translate(command)));
                Assert.Equal(Frame.Size(outputs * 8 + 8), frame.Data.Length);
                Assert.Equal(command.Value, frame.Data[Frame.DataOffset + command.FeatureIndex * 8 + 7]);
                Assert.True(frame.WithResponse);
            }
        }
    }

    [Fact]
    public async Task Battery_is_read_from_the_battery_characteristic()
    {
        await using var device = await TestDevice.ConnectAsync("JXT002");
        device.Hardware.SetReadValue(Endpoints.RxBleBattery, [0x4D]);
        Assert.Equal(77, await device.Handler.ReadInputAsync(2, InputType.Battery, CancellationToken.None));
        device.Hardware.SetReadValue(Endpoints.RxBleBattery, []);
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(2, InputType.Battery, CancellationToken.None));
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public async Task Unsupported_outputs_are_protocol_errors()
    {
        await using var device = await TestDevice.ConnectAsync("JXT002");
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Constrict, 5)));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(2, OutputType.Vibrate, 5)));
    }
}
