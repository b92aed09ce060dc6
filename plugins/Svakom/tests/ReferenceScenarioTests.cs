using ButtplugHost.Sdk.Definitions;
using static ButtplugHost.Plugins.Svakom.Tests.TestDevice;

namespace ButtplugHost.Plugins.Svakom.Tests;

/// <summary>The reference server's Svakom device test cases, step by step.</summary>
public class ReferenceScenarioTests
{
    [Fact]
    public async Task Alex_neo()
    {
        var device = await ConnectAsync("svakom-alex", "Alex NEO");
        Assert.Equal("Svakom Alex Neo", device.Model.Name);
        Assert.Equal([Tx(18, 1, 3, 0, 2, 0)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(18, 1, 3, 0, 3, 0)], device.Vibrate((0, 0.75)));
        Assert.Equal([Tx(18, 1, 3, 0, 0xff, 0)], device.Stop());
    }

    [Fact]
    public async Task Alex_neo_2()
    {
        var device = await ConnectAsync("svakom-alex-v2", "Alex NEO 2");
        Assert.Equal("Svakom Alex Neo 2", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x02, 0x07)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x03, 0x08)], device.Vibrate((0, 0.75)));
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x00, 0x05)], device.Stop());
    }

    [Fact]
    public async Task Barnard_stop_leaves_out_the_vibrator_already_at_rest()
    {
        var device = await ConnectAsync("svakom-barnard", "DG239A");
        Assert.Equal("Fantasy Cup Barnard", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x02, 0x01)], device.Vibrate((0, 0.5)));
        Assert.Equal(
            [Tx(0x55, 0x03, 0x00, 0x00, 0x03, 0x01), Tx(0x55, 0x08, 0x00, 0x00, 0x02, 0xff)],
            device.Scalar((0, 0.75, OutputType.Vibrate), (1, 0.5, OutputType.Oscillate)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00)], device.Vibrate((0, 0)));
        Assert.Equal([Tx(0x55, 0x08, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Coco_pro_v6_single_vibrator()
    {
        var device = await ConnectAsync("svakom-v6", "CocoPro");
        Assert.Equal("Svakom Coco Pro", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x05, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x08, 0x00)], device.Vibrate((0, 0.75)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Ella_v1_with_19_steps()
    {
        var device = await ConnectAsync("svakom-v1", "Aogu SCB");
        Assert.Equal("Svakom Ella", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x04, 0x03, 0x00, 0x01, 0x0a)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x04, 0x03, 0x00, 0x01, 0x0f)], device.Vibrate((0, 0.75)));
        Assert.Equal([Tx(0x55, 0x04, 0x03, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Iker_sends_a_second_packet_while_the_second_vibrator_runs()
    {
        var device = await ConnectAsync("svakom-iker", "Iker");
        Assert.Equal("Svakom Iker", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x01, 0x05)], device.Vibrate((0, 0.5)));
        Assert.Equal(
            [Tx(0x55, 0x03, 0x03, 0x00, 0x01, 0x08), Tx(0x55, 0x07, 0x00, 0x00, 0x03, 0x00)],
            device.Vibrate((0, 0.75), (1, 0.5)));
        Assert.Equal(
            [Tx(0x55, 0x03, 0x03, 0x00, 0x01, 0x00), Tx(0x55, 0x07, 0x00, 0x00, 0x03, 0x00)],
            device.Vibrate((0, 0)));
        Assert.Equal([Tx(0x55, 0x07, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Mora_neo_v5_combines_vibrators_and_oscillates_apart()
    {
        var device = await ConnectAsync("svakom-v5", "Mora Neo");
        Assert.Equal("Svakom Mora Neo", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x01, 0x00, 0x01, 0x05)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x03, 0x01, 0x00, 0x01, 0x08)], device.Vibrate((0, 0.75)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x08)], device.Vibrate((1, 0.75)));
        // Vibrator 1 stays at 8 (0.8 of 10), so the host passes only vibrator 0.
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x08)], device.Vibrate((0, 0.1)));
        Assert.Equal(
            [Tx(0x55, 0x03, 0x02, 0x00, 0x01, 0x0a), Tx(0x55, 0x09, 0x00, 0x00, 0x02, 0x00)],
            device.Scalar((0, 0.0, OutputType.Vibrate), (1, 1.0, OutputType.Vibrate), (2, 0.5, OutputType.Oscillate)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00), Tx(0x55, 0x09, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Pulse_lite_neo_offsets_speed_by_one()
    {
        var device = await ConnectAsync("svakom-pulse", "SWK-SX013A");
        Assert.Equal("Svakom Pulse Lite Neo", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x01, 0x06)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x01, 0x08)], device.Vibrate((0, 0.75)));
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x00, 0x01)], device.Stop());
    }

    [Fact]
    public async Task Sam_neo_2_pro_writes_with_response()
    {
        var device = await ConnectAsync("svakom-sam2", "Sam Neo 2 Pro");
        Assert.Equal("Svakom Sam Neo 2 Pro", device.Model.Name);
        Assert.Equal([TxAck(0x55, 0x03, 0x00, 0x00, 0x05, 0x05, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal(
            [TxAck(0x55, 0x03, 0x00, 0x00, 0x05, 0x08, 0x00), TxAck(0x55, 0x09, 0x00, 0x00, 0x01, 0x03, 0x00)],
            device.Scalar((0, 0.75, OutputType.Vibrate), (1, 0.5, OutputType.Constrict)));
        Assert.Equal([TxAck(0x55, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00), TxAck(0x55, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Theodore_v3_vibrates_and_rotates()
    {
        var device = await ConnectAsync("svakom-v3", "FK008A");
        Assert.Equal("Fantasy Cup Theodore", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x01, 0x05)], device.Vibrate((0, 0.5)));
        Assert.Equal(
            [Tx(0x55, 0x03, 0x03, 0x00, 0x01, 0x08), Tx(0x55, 0x08, 0x00, 0x00, 0x01, 0xff)],
            device.Scalar((0, 0.75, OutputType.Vibrate), (1, 1.0, OutputType.Rotate)));
        // The reference case checks the first packet only; the rotator, still running, is stopped after it.
        Assert.Equal([Tx(0x55, 0x03, 0x03, 0x00, 0x00, 0x00), Tx(0x55, 0x08, 0x00, 0x00, 0x00, 0xff)], device.Stop());
    }

    [Fact]
    public async Task Viviana_v2_writes_with_response()
    {
        var device = await ConnectAsync("svakom-v2", "Viviana");
        Assert.Equal("Svakom Viviana", device.Model.Name);
        Assert.Equal([TxAck(0x55, 0x03, 0x03, 0x00, 0x01, 0x05)], device.Vibrate((0, 0.5)));
        Assert.Equal([TxAck(0x55, 0x03, 0x03, 0x00, 0x01, 0x08)], device.Vibrate((0, 0.75)));
        Assert.Equal([TxAck(0x55, 0x03, 0x03, 0x00, 0x00, 0x00)], device.Stop());
    }
}
