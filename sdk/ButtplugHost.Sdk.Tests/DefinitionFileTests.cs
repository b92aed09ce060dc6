using System.Text.Json;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Sdk.Tests;

public class DefinitionFileTests
{
    private static ProtocolDefinition Echo() => DefinitionFile.Parse(EchoProtocol.Json).Single();

    [Fact]
    public void Parses_names_features_ranges_and_communication()
    {
        var echo = Echo();
        Assert.Equal("echo", echo.Name);
        Assert.Equal("Echo Device", echo.Defaults.Name);
        Assert.Equal(50u, echo.Defaults.MessageGapMs);
        var two = Assert.Single(echo.Configurations);
        Assert.Equal(["E2"], two.Identifier);
        var motor = two.Features!.Single(f => f.Index == 0);
        Assert.Equal(new ValueRange(0, 10), motor.Output![OutputType.Vibrate].Value);
        Assert.Equal(new ValueRange(0, 5000), motor.Output[OutputType.HwPositionWithDuration].Duration);
        var btle = Assert.Single(echo.Communication).Btle!;
        Assert.Equal(["Echo*"], btle.Names);
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")]["tx"]);
    }

    [Fact]
    public void Parses_inputs_serial_and_hid_and_allows_comments()
    {
        const string json = """
            // comments and trailing commas are allowed
            {"protocols": {"p": {
              "defaults": {"features": [{"index": 0, "input": {"battery": {"value": [[0, 100]], "command": ["Read", "Subscribe"]}}},]},
              "communication": [{"serial": {"port": "COM3", "baud_rate": 9600}}, {"hid": {"pairs": [{"vendor_id": 1155, "product_id": 22352}]}}]
            }}}
            """;
        var p = DefinitionFile.Parse(json).Single();
        var battery = p.Defaults.Features!.Single().Input![InputType.Battery];
        Assert.Equal([new ValueRange(0, 100)], battery.Value);
        Assert.Equal([InputCommandType.Read, InputCommandType.Subscribe], battery.Command);
        Assert.Equal(9600, p.Communication[0].Serial!.BaudRate);
        Assert.Equal("N", p.Communication[0].Serial!.Parity);
        Assert.Equal((ushort)22352, p.Communication[1].Hid!.Pairs.Single().ProductId);
    }

    [Theory]
    [InlineData("""{"protocols": {"p": {"defaults": {"features": [{"index": 0, "output": {"wiggle": {"value": [0, 1]}}}]}}}}""", "wiggle")]
    [InlineData("""{"protocols": {"p": {"defaults": {"features": [{"index": 0, "output": {"vibrate": {"value": [5, 1]}}}]}}}}""", "minimum above its maximum")]
    [InlineData("""{"protocols": {"p": {"defaults": {"features": [{"index": 0, "output": {"vibrate": {"value": [0, 1, 2]}}}]}}}}""", "exactly two")]
    public void Invalid_files_are_rejected_with_a_clear_message(string json, string expected)
    {
        var error = Assert.ThrowsAny<JsonException>(() => DefinitionFile.Parse(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        Assert.ThrowsAny<JsonException>(() => DefinitionFile.Parse("null"));
    }

    [Fact]
    public void A_model_takes_its_own_features_name_and_the_defaults_gap()
    {
        var model = Echo().Resolve("E2");
        Assert.True(model.IsKnownModel);
        Assert.Equal("Echo Two", model.Name);
        Assert.Equal(50u, model.MessageGapMs);
        Assert.Equal([0, 1], model.Features.Select(f => f.Index));
        Assert.Equal("echo", model.Protocol);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("e2")]
    [InlineData("E3")]
    public void Unknown_or_differently_cased_identifiers_get_the_defaults(string? identifier)
    {
        var model = Echo().Resolve(identifier);
        Assert.False(model.IsKnownModel);
        Assert.Equal(identifier, model.Identifier);
        Assert.Equal("Echo Device", model.Name);
        Assert.Equal(new ValueRange(0, 20), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void A_model_without_features_inherits_the_defaults_and_a_nameless_protocol_uses_its_key()
    {
        const string json = """
            {"protocols": {"p": {
              "defaults": {"features": [{"index": 0, "output": {"rotate": {"value": [-10, 10]}}}]},
              "configurations": [{"identifier": ["A", "B"], "message_gap_ms": 7}]
            }}}
            """;
        var model = DefinitionFile.Parse(json).Single().Resolve("B");
        Assert.True(model.IsKnownModel);
        Assert.Equal("p", model.Name);
        Assert.Equal(7u, model.MessageGapMs);
        Assert.Equal(new ValueRange(-10, 10), Assert.Single(model.Features).Output![OutputType.Rotate].Value);
    }
}
