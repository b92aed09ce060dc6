using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Sensee.Tests;

/// <summary>sensee-v2 packets byte-exact. The reference's Capsule case is scenarios/capsule.json.</summary>
public class SenseeV2Tests
{
    private static OutputCommand Out(int index, OutputType type, int value) => new(index, type, value);

    [Theory]
    [InlineData(new byte[] { 0x55, 0xaa, 0xf0, 0x02, 0x01, 0x0a }, "65")]
    [InlineData(new byte[] { 0x55, 0xaa, 0xf0, 0x02, 0x01, 0x0a, 0x00, 0xfa }, "65")]
    [InlineData(new byte[] { 0x55, 0xaa, 0xf0, 0x02, 0x01, 0x0a, 0x70 }, "70")]
    [InlineData(new byte[0], "65")]
    public async Task The_device_type_is_byte_6_of_the_information_else_65(byte[] info, string type)
    {
        await using var device = await TestDevice.ConnectAsync("CCPA18S5", info);
        Assert.Equal("Sensee Astronaut", device.Model.Name);
        Assert.Equal([TestDevice.Tx($"55aaf002000d{type}f10200010164020101000000")], device.Translate(Out(0, OutputType.Vibrate, 100)));
    }

    [Fact]
    public async Task Vibrator_and_thruster()
    {
        await using var device = await TestDevice.ConnectAsync("CCP322S5");
        Assert.Equal("Easylive Vader", device.Model.Name);
        Assert.Equal([TestDevice.Tx("55aaf002000d66f1020001010a01010114" + "0000")],
            device.Translate(Out(0, OutputType.Vibrate, 10), Out(1, OutputType.Oscillate, 20)));
    }

    [Fact]
    public async Task Kinds_go_in_vibrate_thrust_suction_order_whatever_the_feature_order()
    {
        await using var device = await TestDevice.ConnectAsync("CTY916S4");
        Assert.Equal("Sensee Dream Stick", device.Model.Name);
        // Feature 0 thrusts, feature 1 vibrates: the vibrator still comes first.
        Assert.Equal([TestDevice.Tx("55aaf002000d66f1020001010701010103" + "0000")],
            device.Translate(Out(0, OutputType.Oscillate, 3), Out(1, OutputType.Vibrate, 7)));
    }

    [Fact]
    public async Task Three_kinds()
    {
        await using var device = await TestDevice.ConnectAsync("CCPB22S5");
        Assert.Equal("Sensee Markel", device.Model.Name);
        Assert.Equal([TestDevice.Tx("55aaf0020011" + "66f1" + "03" + "00010101" + "01010102" + "02010103" + "0000")],
            device.Translate(Out(0, OutputType.Vibrate, 1), Out(1, OutputType.Oscillate, 2), Out(2, OutputType.Constrict, 3)));
        Assert.Equal([TestDevice.Tx("55aaf0020011" + "66f1" + "03" + "00010100" + "01010100" + "02010100" + "0000")], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Suction_only()
    {
        await using var device = await TestDevice.ConnectAsync("qingnan#16");
        Assert.Equal("Qingnan #16", device.Model.Name);
        Assert.Equal([TestDevice.Tx("55aaf0020009" + "66f1" + "01" + "02010164" + "0000")], device.Translate(Out(0, OutputType.Constrict, 100)));
        Assert.Equal([TestDevice.Tx("55aaf0020009" + "66f1" + "01" + "02010100" + "0000")], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Theory]
    [InlineData("CCPA10S2", "Sensee Capsule", "vibrate,constrict")]
    [InlineData("CCPA18S5", "Sensee Astronaut", "vibrate,constrict")]
    [InlineData("Easylive NO8 Cup", "Sensee No8", "vibrate,oscillate")]
    [InlineData("CCP322S5", "Easylive Vader", "vibrate,oscillate")]
    [InlineData("CTY508S5", "Sensee Voice-Interactive Female Vibrator", "vibrate,oscillate")]
    [InlineData("PTYB22S2", "Sensee Moonlight", "vibrate,constrict")]
    [InlineData("CTY823S5", "Sensee Little Seahorse", "vibrate,constrict")]
    [InlineData("CTY916S4", "Sensee Dream Stick", "oscillate,vibrate")]
    [InlineData("qingnan#16", "Qingnan #16", "constrict")]
    [InlineData("CCPB22S5", "Sensee Markel", "vibrate,oscillate,constrict")]
    [InlineData("CCP324S2", "Easylive Gamer", "vibrate,oscillate")]
    public async Task Every_model_resolves_and_accepts_its_range(string identifier, string name, string outputs)
    {
        await using var device = await TestDevice.ConnectAsync(identifier);
        Assert.True(device.Model.IsKnownModel);
        Assert.Equal(name, device.Model.Name);
        Assert.Equal(outputs, string.Join(",", device.Model.Features.Select(f => f.Output!.Keys.Single().ToString().ToLowerInvariant())));
        foreach (var command in device.OutputRangeEnds())
        {
            var write = Assert.IsType<HardwareWrite>(Assert.Single(device.Translate(command)));
            Assert.Equal(8 + 1 + 4 * device.Model.Features.Count + 2, write.Data.Length);
            Assert.Contains((byte)command.Value, write.Data);
        }
    }

    [Fact]
    public void Eleven_models_found_by_name_on_fff0()
    {
        var definition = new SenseeV2Protocol().Definition;
        Assert.Equal(11, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(definition.Configurations.SelectMany(c => c.Identifier).Order(), btle.Names.Order());
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff5-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000fff4-0000-1000-8000-00805f9b34fb"), service["rx"]);
        Assert.Equal("Sensee Device", definition.Resolve("Other").Name);
    }

    [Fact]
    public async Task Unsupported_outputs_are_protocol_errors()
    {
        await using var device = await TestDevice.ConnectAsync("CCPA10S2");
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Oscillate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(2, OutputType.Vibrate, 1)));
    }

    [Fact]
    public void The_plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new SenseePlugin().Configure(builder);
        Assert.Equal(["sensee", "sensee-v2"], builder.Protocols.Select(p => p.Name));
    }
}
