using ButtplugHost.Sdk.Protocols;
using static ButtplugHost.Plugins.Lovense.Tests.LovenseTestDevice;

namespace ButtplugHost.Plugins.Lovense.Tests;

/// <summary>Models and outputs the reference test cases do not cover.</summary>
public class OutputTests
{
    [Fact]
    public async Task Ridge_rotates_clockwise_without_a_direction_change()
    {
        await using var toy = await ConnectAsync("EL:11:0082059AD3BD;");
        Assert.Equal("Lovense Ridge", toy.Model.Name);
        Assert.Equal(Tx("Rotate:7;"), toy.Outputs(Rotate(1, 7)));
        Assert.Equal(Tx("RotateChange;", "Rotate:7;"), toy.Outputs(Rotate(1, -7)));
        // Every counter-clockwise command toggles again; the direction is not tracked.
        Assert.Equal(Tx("RotateChange;", "Rotate:3;"), toy.Outputs(Rotate(1, -3)));
        Assert.Equal(Tx("Vibrate:4;", "Rotate:20;"), toy.Outputs(Vibrate(0, 4), Rotate(1, 20)));
        Assert.Equal(Tx("Vibrate:0;", "Rotate:0;"), toy.Stop());
    }

    [Fact]
    public async Task Nora_rejects_outputs_it_lacks()
    {
        await using var toy = await ConnectAsync("C:11:0082059AD3BD;");
        Assert.Equal("Lovense Nora", toy.Model.Name);
        Assert.Throws<ProtocolException>(() => toy.Outputs(Oscillate(0, 3)));
        Assert.Throws<ProtocolException>(() => toy.Outputs(Constrict(1, 3)));
    }

    [Fact]
    public async Task Single_vibrator_rejects_rotation()
    {
        await using var toy = await ConnectAsync("S:11:0082059AD3BD;");
        Assert.Equal(Tx("Vibrate:20;"), toy.Outputs(Vibrate(0, 20)));
        Assert.Throws<ProtocolException>(() => toy.Outputs(Rotate(0, 3)));
    }

    [Fact]
    public async Task Max_pump_levels()
    {
        await using var toy = await ConnectAsync("B:11:0082059AD3BD;");
        Assert.Equal(Tx("Air:Level:3;", "Vibrate:1;"), toy.Outputs(Constrict(1, 3), Vibrate(0, 1)));
        Assert.Equal(Tx("Air:Level:0;"), toy.Outputs(Constrict(1, 0)));
    }

    [Fact]
    public async Task Gravity_oscillation_is_its_second_motor()
    {
        await using var toy = await ConnectAsync("EA:11:0082059AD3BD;");
        Assert.Equal("Lovense Gravity", toy.Model.Name);
        Assert.Equal(Tx("Vibrate2:8;", "Vibrate1:3;"), toy.Outputs(Oscillate(1, 8), Vibrate(0, 3)));
        Assert.Equal(Tx("Vibrate1:0;", "Vibrate2:0;"), toy.Stop());
    }

    [Fact]
    public async Task Lapis_keeps_each_motor_value_in_mply()
    {
        await using var toy = await ConnectAsync("U:11:0082059AD3BD;");
        Assert.Equal("Lovense Lapis", toy.Model.Name);
        Assert.Equal(Tx("Mply:0:7:0;"), toy.Outputs(Vibrate(1, 7)));
        Assert.Equal(Tx("Mply:20:7:1;"), toy.Outputs(Vibrate(0, 20), Vibrate(2, 1)));
        Assert.Empty(toy.Outputs());
        Assert.Equal(Tx("Mply:0:0:0;"), toy.Stop());
        Assert.Equal(Tx("Mply:0:0:5;"), toy.Outputs(Vibrate(2, 5)));
    }

    [Fact]
    public async Task Mply_rejects_a_bad_batch_without_changing_kept_values()
    {
        await using var toy = await ConnectAsync("EI:03:0082059AD3BD;");
        Assert.Equal(Tx("Mply:4:0:0;"), toy.Outputs(Vibrate(0, 4)));
        Assert.Throws<ProtocolException>(() => toy.Outputs(Vibrate(1, 9), Oscillate(0, 2)));
        Assert.Throws<ProtocolException>(() => toy.Outputs(Vibrate(3, 9)));
        Assert.Equal(Tx("Mply:4:0:6;"), toy.Outputs(Rotate(2, 6)));
    }

    [Fact]
    public async Task Unidentified_toy_is_a_single_vibrator()
    {
        await using var toy = await ConnectAsync("???;");
        Assert.Equal("Lovense Device", toy.Model.Name);
        Assert.Equal(Tx("Vibrate:12;"), toy.Outputs(Vibrate(0, 12)));
        Assert.Equal(Tx("Vibrate:0;"), toy.Stop());
    }

    [Fact]
    public async Task Commands_are_written_to_tx_without_response()
    {
        await using var toy = await ConnectAsync("Z:11:0082059AD3BD;");
        var write = Assert.IsType<Sdk.Hardware.HardwareWrite>(Assert.Single(toy.Outputs(Vibrate(0, 10))));
        Assert.Equal("tx", write.Endpoint);
        Assert.False(write.WithResponse);
        Assert.Equal("Vibrate:10;"u8.ToArray(), write.Data);
    }
}
