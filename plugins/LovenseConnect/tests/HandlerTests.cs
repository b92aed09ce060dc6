using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.LovenseConnect.Tests;

/// <summary>What each model's outputs become: the exact command (path and query) the app receives.</summary>
public sealed class HandlerTests
{
    private const string Id = "c44f33e9a1b2";

    private static Task<ProtocolTestDevice> ConnectAsync(string name, int battery = 0)
    {
        var hardware = new MemoryHardware(new DeviceIdentity { Transport = "lovense-connect", Bus = BusKind.LovenseConnect, Address = Id, Name = name }, [Endpoints.Tx, Endpoints.Rx]);
        hardware.SetReadValue(Endpoints.Rx, [(byte)battery]);
        return ProtocolTestDevice.ConnectAsync(new LovenseConnectProtocol(), hardware);
    }

    private static HardwareCommand Tx(string command) => HardwareCommand.Write(Endpoints.Tx, command);

    [Fact]
    public async Task Lush_vibrates_as_Vibrate1()
    {
        await using var toy = await ConnectAsync("Lush");
        Assert.Equal("Lovense Lush", toy.Model.Name);
        Assert.Equal([Tx($"Vibrate1?v=10&t={Id}")], toy.Translate(new OutputCommand(0, OutputType.Vibrate, 10)));
        Assert.Equal([Tx($"Vibrate1?v=0&t={Id}")], toy.Handler.HandleStop());
    }

    [Fact]
    public async Task Edge_motors_are_Vibrate1_and_Vibrate2()
    {
        await using var toy = await ConnectAsync("Edge");
        Assert.Equal(
            [Tx($"Vibrate1?v=5&t={Id}"), Tx($"Vibrate2?v=20&t={Id}")],
            toy.Translate(new OutputCommand(0, OutputType.Vibrate, 5), new OutputCommand(1, OutputType.Vibrate, 20)));
    }

    [Fact]
    public async Task Max_air_pump_is_AirAuto()
    {
        await using var toy = await ConnectAsync("Max");
        Assert.Equal([Tx($"AirAuto?v=3&t={Id}")], toy.Translate(new OutputCommand(1, OutputType.Constrict, 3)));
        Assert.Equal([Tx($"Vibrate1?v=0&t={Id}"), Tx($"AirAuto?v=0&t={Id}")], toy.Handler.HandleStop());
    }

    [Theory]
    [InlineData("Gravity", 1)]
    [InlineData("XMachine", 0)]
    [InlineData("Solace", 0)]
    public async Task Oscillation_is_Thrusting(string model, int feature)
    {
        await using var toy = await ConnectAsync(model);
        Assert.Equal([Tx($"Thrusting?v=12&t={Id}")], toy.Translate(new OutputCommand(feature, OutputType.Oscillate, 12)));
    }

    [Fact]
    public async Task Solace_gets_its_depth_when_it_connects()
    {
        await using var toy = await ConnectAsync("Solace");
        Assert.Equal([Tx($"Depth?v=3&t={Id}")], toy.RecordedWrites());
    }

    [Fact]
    public async Task Other_models_send_nothing_when_they_connect()
    {
        await using var toy = await ConnectAsync("Gravity");
        Assert.Empty(toy.RecordedWrites());
    }

    [Fact]
    public async Task Rotation_changes_direction_only_when_the_sign_changes()
    {
        await using var toy = await ConnectAsync("Nora");
        Assert.Equal([Tx($"Rotate?v=10&t={Id}")], toy.Translate(new OutputCommand(1, OutputType.Rotate, 10)));
        Assert.Equal([Tx($"RotateChange?t={Id}"), Tx($"Rotate?v=7&t={Id}")], toy.Translate(new OutputCommand(1, OutputType.Rotate, -7)));
        Assert.Equal([Tx($"Rotate?v=20&t={Id}")], toy.Translate(new OutputCommand(1, OutputType.Rotate, -20)));
        Assert.Equal([Tx($"Rotate?v=0&t={Id}")], toy.Translate(new OutputCommand(1, OutputType.Rotate, 0)));
        Assert.Equal([Tx($"RotateChange?t={Id}"), Tx($"Rotate?v=1&t={Id}")], toy.Translate(new OutputCommand(1, OutputType.Rotate, 1)));
    }

    [Fact]
    public async Task Lapis_has_three_vibrators()
    {
        await using var toy = await ConnectAsync("Lapis");
        Assert.Equal(
            [Tx($"Vibrate1?v=0&t={Id}"), Tx($"Vibrate2?v=0&t={Id}"), Tx($"Vibrate3?v=0&t={Id}")],
            toy.Handler.HandleStop());
    }

    [Fact]
    public async Task Battery_is_read_from_the_level_the_app_reported()
    {
        await using var toy = await ConnectAsync("Lush", battery: 71);
        Assert.Equal(71, await toy.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
    }

    [Theory]
    [InlineData("lush", "Lush", "Lovense Lush")]
    [InlineData("XMACHINE", "XMachine", "Lovense Sex Machine")]
    [InlineData("ToyS", "ToyS", "Loveai Dolp")]
    [InlineData("Quake", "Quake", "Lovense Connect Service Device")]
    public async Task Models_are_identified_by_name_in_any_case(string name, string identifier, string model)
    {
        await using var toy = await ConnectAsync(name);
        Assert.Equal(identifier, toy.Model.Identifier);
        Assert.Equal(model, toy.Model.Name);
    }

    [Fact]
    public async Task A_toy_id_is_escaped_in_the_query()
    {
        var hardware = new MemoryHardware(new DeviceIdentity { Transport = "lovense-connect", Bus = BusKind.LovenseConnect, Address = "a&b c", Name = "Lush" }, [Endpoints.Tx, Endpoints.Rx]);
        await using var toy = await ProtocolTestDevice.ConnectAsync(new LovenseConnectProtocol(), hardware);
        Assert.Equal([Tx("Vibrate1?v=1&t=a%26b%20c")], toy.Translate(new OutputCommand(0, OutputType.Vibrate, 1)));
    }
}
