using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MonsterPub.Tests;

public class DefinitionTests
{
    private static readonly ProtocolDefinition Definition = new MonsterPubProtocol().Definition;

    [Theory]
    [InlineData("MP2_JK_N_P1", "Sistalk MonsterPub 2 Doctor Whale", "vibrate,vibrate")]
    [InlineData("MP_MW_TL_P2", "Sistalk MonsterPub Magic Kiss", "vibrate,vibrate")]
    [InlineData("MP2_QC_TL_P1", "Sistalk MonsterPub 2 Mister Devil", "vibrate,vibrate")]
    [InlineData("MP_BABY_QC_N_P4", "Sistalk MonsterPub Baby Youth Health", "vibrate,vibrate")]
    [InlineData("MP_MXY_N_P1", "Sistalk MonsterPub KiniCat", "vibrate")]
    [InlineData("MP1N_QC_TL_P2", "Sistalk MonsterPub BeatHeart", "vibrate")]
    [InlineData("TDG_LIP_PT2", "Tracy's Dog Surreal", "vibrate")]
    [InlineData("MP1P_QC_TL_P6", "Sistalk MonsterPub 1P Mister Devil", "vibrate")]
    [InlineData("MPMB_QC_TL_P2", "Sistalk MonsterPub Sweet", "vibrate")]
    [InlineData("MPAV_QC_TL_P1", "Sistalk MonsterPub Amazing", "vibrate")]
    [InlineData("MH_TOR_TL_P5", "Sistalk MonsterHub Tornado", "vibrate")]
    [InlineData("MP_SUCKBANG_P5", "Sistalk MonsterPub Pop", "oscillate,vibrate")]
    [InlineData("TDG_CRAYBIT_PT", "Tracy's Dog Craybit Pro", "vibrate,vibrate,vibrate")]
    public void Every_model_resolves(string identifier, string name, string outputs)
    {
        var model = Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(outputs, string.Join(",", model.Features.Select(f => f.Output!.Keys.Single().ToString().ToLowerInvariant())));
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 100), f.Output!.Values.Single().Value));
    }

    [Fact]
    public async Task Every_model_accepts_its_whole_range_in_one_packet()
    {
        foreach (var model in Definition.Configurations)
        {
            await using var device = await TestDevice.ConnectAsync(model.Identifier.Single(), TestDevice.TxVibrateToy);
            foreach (var command in device.OutputRangeEnds())
            {
                var write = Assert.IsType<Sdk.Hardware.HardwareWrite>(Assert.Single(device.Translate(command)));
                Assert.Equal(device.Model.Features.Count, write.Data.Length);
                Assert.Equal(command.Value, write.Data[command.FeatureIndex]);
            }
        }
    }

    [Fact]
    public void Found_by_brand_name_with_the_full_gatt_map()
    {
        Assert.Equal(13, Definition.Configurations.Count);
        var btle = Definition.Communication.Single().Btle!;
        Assert.Equal(["MonsterPub", "MonsterHub", "TracyDog"], btle.Names);
        var main = btle.Services[Guid.Parse("00006000-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("00006001-0000-1000-8000-00805f9b34fb"), main["tx"]);
        Assert.Equal(Guid.Parse("00006002-0000-1000-8000-00805f9b34fb"), main["txmode"]);
        Assert.Equal(Guid.Parse("00006003-0000-1000-8000-00805f9b34fb"), main["txvibrate"]);
        Assert.Equal(Guid.Parse("0000600a-0000-1000-8000-00805f9b34fb"), main["generic0"]);
        Assert.Equal(Guid.Parse("00006014-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("00006010-0000-1000-8000-00805f9b34fb")]["rxblemodel"]);
        Assert.Equal(Guid.Parse("00008001-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("00008000-0000-1000-8000-00805f9b34fb")]["rx"]);
    }

    [Fact]
    public void The_plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new MonsterPubPlugin().Configure(builder);
        Assert.Equal(["monsterpub"], builder.Protocols.Select(p => p.Name));
    }
}
