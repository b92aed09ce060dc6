using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using static ButtplugHost.Plugins.Svakom.Tests.TestDevice;

namespace ButtplugHost.Plugins.Svakom.Tests;

/// <summary>The variants and models the reference has no device test case for.</summary>
public class VariantTests
{
    [Fact]
    public async Task Ava_neo_vibrates_on_feature_0_and_oscillates_on_feature_1()
    {
        var device = await ConnectAsync("svakom-avaneo", "Ava Neo");
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x05)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x08, 0x00, 0x00, 0x01, 0xff)], device.Scalar((1, 1.0, OutputType.Oscillate)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00), Tx(0x55, 0x08, 0x00, 0x00, 0x00, 0xff)], device.Stop());
        Assert.Equal([0x55, 0x09, 0x00, 0x00, 0x04, 0xff], FeaturePackets.AvaNeo.Build(new OutputCommand(1, OutputType.Vibrate, 4)));
        Assert.Equal([0x55, 0x03, 0x00, 0x00, 0x01, 0x01], FeaturePackets.AvaNeo.Build(new OutputCommand(0, OutputType.Oscillate, 1)));
    }

    [Fact]
    public async Task Barney_combines_two_vibrators_with_power_byte_3()
    {
        var device = await ConnectAsync("svakom-barney", "DJ333A");
        Assert.Equal("Mutufun Barney", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x01, 0x00, 0x03, 0x05, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x03, 0x08, 0x00)], device.Vibrate((1, 0.8)));
        Assert.Equal([Tx(0x55, 0x03, 0x02, 0x00, 0x03, 0x08, 0x00)], device.Vibrate((0, 0)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Dice_uses_the_full_byte()
    {
        var device = await ConnectAsync("svakom-dice", "ZhiAi");
        Assert.Equal("Zemalia Dice for Love", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x04, 0x00, 0x00, 0x01, 0xff, 0xaa)], device.Vibrate((0, 1.0)));
        Assert.Equal([Tx(0x55, 0x04, 0x00, 0x00, 0x01, 0x00, 0xaa)], device.Stop());
    }

    [Fact]
    public async Task Dt250a_has_a_mode_per_output()
    {
        var device = await ConnectAsync("svakom-dt250a", "DT250A");
        Assert.Equal(
            [Tx(0x55, 0x03, 0x00, 0x00, 0x03, 0x01), Tx(0x55, 0x08, 0x00, 0x00, 0x02, 0x01), Tx(0x55, 0x09, 0x00, 0x00, 0x02, 0x00)],
            device.Scalar((0, 1.0, OutputType.Vibrate), (1, 0.5, OutputType.Vibrate), (2, 1.0, OutputType.Constrict)));
        Assert.Equal(
            [Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00), Tx(0x55, 0x08, 0x00, 0x00, 0x00, 0x00), Tx(0x55, 0x09, 0x00, 0x00, 0x00, 0x00)],
            device.Stop());
    }

    [Fact]
    public async Task Jordan_vibrates_and_oscillates()
    {
        var device = await ConnectAsync("svakom-jordan", "Jordan");
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x05, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x08, 0x00, 0x00, 0x01, 0x05, 0x00)], device.Scalar((1, 1.0, OutputType.Oscillate)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00), Tx(0x55, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Sam_neo_subscribes_on_start_and_has_speed_control_with_a_mode_characteristic()
    {
        var device = await ConnectAsync("svakom-sam", "Sam Neo", Endpoints.Tx, Endpoints.Rx, Endpoints.TxMode, Endpoints.Firmware);
        Assert.Equal("Svakom Sam Neo", device.Model.Name);
        var subscribe = Assert.Single(device.Hardware.Operations);
        Assert.Equal((HardwareOperationKind.Subscribe, "rx"), (subscribe.Kind, subscribe.Endpoint));
        Assert.Equal([Tx(18, 1, 3, 0, 4, 5)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(18, 6, 1, 1)], device.Scalar((1, 1.0, OutputType.Constrict)));
        Assert.Equal([Tx(18, 1, 3, 0, 0, 0), Tx(18, 6, 1, 0)], device.Stop());
    }

    [Fact]
    public async Task Sam_neo_with_only_the_firmware_characteristic_counts_as_second_generation()
    {
        var device = await ConnectAsync("svakom-sam", "Sam Neo", Endpoints.Tx, Endpoints.Rx, Endpoints.Firmware);
        Assert.Equal([Tx(18, 1, 3, 0, 4, 10)], device.Vibrate((0, 1.0)));
    }

    [Fact]
    public async Task First_generation_sam_neo_always_sends_mode_5()
    {
        var device = await ConnectAsync("svakom-sam", "Sam Neo");
        Assert.Equal([Tx(18, 1, 3, 0, 5, 5)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(18, 1, 3, 0, 5, 0), Tx(18, 6, 1, 0)], device.Stop());
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(5, 1, 5)]
    [InlineData(10, 1, 10)]
    [InlineData(11, 2, 1)]
    [InlineData(20, 2, 10)]
    [InlineData(25, 3, 5)]
    [InlineData(30, 3, 10)]
    public async Task Suitcase_splits_its_level_into_intensity_and_speed(int level, byte intensity, byte speed)
    {
        var device = await ConnectAsync("svakom-suitcase", "VX357A-BLE-V1.0");
        Assert.Equal("Svakom Magic Suitcase", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, intensity, speed)], device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, level)]));
    }

    [Fact]
    public async Task Suitcase_second_vibrator_and_stop()
    {
        var device = await ConnectAsync("svakom-suitcase", "VX236A-BLE-V1.0");
        Assert.Equal("Coleur Dor VX236A", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x09, 0x00, 0x00, 0x01, 0x00)], device.Vibrate((1, 1.0)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00), Tx(0x55, 0x09, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task Tara_x_stops_its_first_vibrator_with_01_01()
    {
        var device = await ConnectAsync("svakom-tarax", "SX218A");
        Assert.Equal("ToyCod Tara X", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x02, 0x02), Tx(0x55, 0x09, 0x00, 0x00, 0x03, 0x00)], device.Vibrate((0, 0.5), (1, 1.0)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x01), Tx(0x55, 0x09, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public void V2_second_vibrator_packet() =>
        Assert.Equal([0x55, 0x06, 0x01, 0x00, 0x07, 0x07], FeaturePackets.V2.Build(new OutputCommand(1, OutputType.Vibrate, 7)));

    [Fact]
    public async Task V3_alberta_suction_lens_is_command_9()
    {
        var device = await ConnectAsync("svakom-v3", "QH-SX007E");
        Assert.Equal("Svakom Alberta", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x09, 0x00, 0x00, 0x01, 0x01)], device.Vibrate((1, 1.0)));
    }

    [Fact]
    public async Task V4_erica_says_which_vibrator_runs_and_merges_both_into_one_packet()
    {
        var device = await ConnectAsync("svakom-v4", "ERICA");
        Assert.Equal("Svakom Erica", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x01, 0x00, 0x01, 0x05, 0x00)], device.Vibrate((0, 0.5)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x05, 0x00)], device.Vibrate((1, 0.2)));
        Assert.Equal([Tx(0x55, 0x03, 0x02, 0x00, 0x01, 0x09, 0x00)], device.Vibrate((0, 0), (1, 0.9)));
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00)], device.Stop());
    }

    [Fact]
    public async Task V4_single_vibrator_clara_never_names_a_vibrator()
    {
        var device = await ConnectAsync("svakom-v4", "VV468A");
        Assert.Equal("ToyCod Clara", device.Model.Name);
        Assert.Equal([Tx(0x55, 0x03, 0x00, 0x00, 0x01, 0x05, 0x00)], device.Vibrate((0, 0.5)));
    }

    [Fact]
    public async Task V5_single_vibrator_mini_emma_still_names_the_first()
    {
        var device = await ConnectAsync("svakom-v5", "Mini Emma Neo");
        Assert.Equal([Tx(0x55, 0x03, 0x01, 0x00, 0x01, 0x05)], device.Vibrate((0, 0.5)));
    }

    [Fact]
    public async Task V6_iker_neo_third_vibrator_has_its_own_packet()
    {
        var device = await ConnectAsync("svakom-v6", "Iker Neo");
        Assert.Equal("Svakom Iker Neo", device.Model.Name);
        Assert.Equal(
            [Tx(0x55, 0x03, 0x01, 0x00, 0x01, 0x03, 0x00), Tx(0x55, 0x07, 0x00, 0x00, 0x01, 0x05, 0x00)],
            device.Vibrate((0, 0.3), (2, 1.0)));
        Assert.Equal(
            [Tx(0x55, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00), Tx(0x55, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00)],
            device.Stop());
    }

    [Fact]
    public async Task Translated_writes_reach_the_hardware_byte_for_byte()
    {
        var device = await ConnectAsync("svakom-sam2", "Sam Neo 2");
        foreach (var command in device.Vibrate((0, 1.0)))
            await command.ExecuteAsync(device.Hardware, CancellationToken.None);
        var write = Assert.Single(device.Hardware.Operations);
        Assert.Equal(("tx", true), (write.Endpoint, write.WithResponse));
        Assert.Equal([0x55, 0x03, 0x00, 0x00, 0x05, 0x0a, 0x00], write.Data);
    }
}
