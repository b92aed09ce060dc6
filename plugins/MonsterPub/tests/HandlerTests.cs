using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MonsterPub.Tests;

public class HandlerTests
{
    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    [Fact]
    public async Task Txvibrate_gets_every_speed_in_one_packet_and_the_stop_too()
    {
        await using var device = await TestDevice.ConnectAsync("MP2_QC_TL_P1", TestDevice.TxVibrateToy);
        Assert.Equal("Sistalk MonsterPub 2 Mister Devil", device.Model.Name);
        Assert.Equal([TestDevice.Write(Endpoints.TxVibrate, 0x32, 0x00)], device.Translate(Vibrate(0, 50)));
        Assert.Equal([TestDevice.Write(Endpoints.TxVibrate, 0x4B, 0x64)], device.Translate(Vibrate(0, 75), Vibrate(1, 100)));
        Assert.Equal([TestDevice.Write(Endpoints.TxVibrate, 0x00, 0x00)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task On_tx_a_packet_of_zeros_goes_to_txmode_acknowledged()
    {
        await using var device = await TestDevice.ConnectAsync("MP_MXY_N_P1", TestDevice.TxToy);
        Assert.Equal("Sistalk MonsterPub KiniCat", device.Model.Name);
        Assert.Equal([TestDevice.Write(Endpoints.Tx, 0x14)], device.Translate(Vibrate(0, 20)));
        Assert.Equal([HardwareCommand.Write(Endpoints.TxMode, [0x00], withResponse: true)], device.Handler.HandleStop());
        Assert.Equal([TestDevice.Write(Endpoints.Tx, 0x01)], device.Translate(Vibrate(0, 1)));
    }

    [Fact]
    public async Task Two_motor_toy_on_tx_stops_on_txmode_only_when_both_are_at_zero()
    {
        await using var device = await TestDevice.ConnectAsync("MP_MW_TL_P2", TestDevice.TxToy);
        Assert.Equal("Sistalk MonsterPub Magic Kiss", device.Model.Name);
        Assert.Equal([TestDevice.Write(Endpoints.Tx, 0x0A, 0x14)], device.Translate(Vibrate(0, 10), Vibrate(1, 20)));
        Assert.Equal([TestDevice.Write(Endpoints.Tx, 0x00, 0x14)], device.Translate(Vibrate(0, 0)));
        Assert.Equal([HardwareCommand.Write(Endpoints.TxMode, [0x00, 0x00], withResponse: true)], device.Translate(Vibrate(1, 0)));
    }

    [Fact]
    public async Task Tracys_dog_three_motors_go_to_generic0_behind_03()
    {
        await using var device = await TestDevice.ConnectAsync("TDG_CRAYBIT_PT", TestDevice.Generic0Toy, name: "TracyDog");
        Assert.Equal("Tracy's Dog Craybit Pro", device.Model.Name);
        Assert.Equal([TestDevice.Write(Endpoints.Generic(0), 0x03, 0x00, 0x00, 0x63)], device.Translate(Vibrate(2, 99)));
        Assert.Equal([TestDevice.Write(Endpoints.Generic(0), 0x03, 0x00, 0x00, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Pop_thrusts_on_feature_0_and_vibrates_on_feature_1()
    {
        await using var device = await TestDevice.ConnectAsync("MP_SUCKBANG_P5", TestDevice.TxVibrateToy);
        Assert.Equal("Sistalk MonsterPub Pop", device.Model.Name);
        Assert.Equal([TestDevice.Write(Endpoints.TxVibrate, 0x28, 0x05)],
            device.Translate(new OutputCommand(0, OutputType.Oscillate, 40), Vibrate(1, 5)));
        Assert.Equal([TestDevice.Write(Endpoints.TxVibrate, 0x00, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Packets_are_carried_out_on_the_hardware_as_translated()
    {
        await using var device = await TestDevice.ConnectAsync("MP1N_QC_TL_P2", TestDevice.TxToy);
        Assert.Equal("Sistalk MonsterPub BeatHeart", device.Model.Name);
        await device.SendAsync(Vibrate(0, 100));
        Assert.Equal([TestDevice.Write(Endpoints.Tx, 0x64)], device.RecordedWrites());
        await device.StopAsync();
        Assert.Equal([HardwareCommand.Write(Endpoints.TxMode, [0x00], withResponse: true)], device.RecordedWrites());
    }

    [Fact]
    public async Task Unsupported_outputs_are_protocol_errors()
    {
        await using var device = await TestDevice.ConnectAsync("MP_MXY_N_P1", TestDevice.TxToy);
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 5)));
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(1, 5)));
    }
}
