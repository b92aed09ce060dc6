using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.HoneyPlayBox.Tests;

public class DefinitionTests
{
    private static readonly ProtocolDefinition Definition = new HoneyPlayBoxProtocol().Definition;

    [Theory]
    [InlineData("HPB-0520", "Honey Play Box Pearl 2", "vibrate")]
    [InlineData("HONEY-835", "Honey Play Box Lili", "vibrate")]
    [InlineData("HPB-398", "Honey Play Box Pleasure Pivot", "vibrate")]
    [InlineData("HPB-296", "Honey Play Box Anello", "vibrate")]
    [InlineData("HBP-JXT001", "Honey Play Box Puff", "vibrate")]
    [InlineData("JXT002", "Honey Play Box Vibrosa", "vibrate,vibrate")]
    [InlineData("HPB-393", "Honey Play Box Oly", "vibrate,vibrate")]
    [InlineData("HPB-393-1", "Honey Play Box Oly 2", "vibrate,vibrate")]
    [InlineData("HPB-399", "Honey Play Box Cyrus", "vibrate,oscillate")]
    [InlineData("HPB-437", "Honey Play Box Fortexa", "vibrate,vibrate")]
    [InlineData("HPB-297", "Honey Play Box Temp", "vibrate,vibrate")]
    [InlineData("HPB-376-1", "Honey Play Box Joi Thrust 2", "rotate,oscillate")]
    [InlineData("JXT001", "Honey Play Box Vibrosa Mini", "vibrate,vibrate")]
    [InlineData("HPB-DDT003", "Honey Play Box Tressa", "vibrate,vibrate")]
    [InlineData("HPB-391", "Honey Play Box Trilux", "vibrate,vibrate")]
    [InlineData("HPB-472", "Honey Play Box Melody", "vibrate,vibrate")]
    public void Every_model_resolves_with_its_outputs_and_a_battery(string identifier, string name, string outputs)
    {
        var model = Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        var output = model.Features.Where(f => f.Output is not null).ToList();
        Assert.Equal(outputs, string.Join(",", output.Select(f => f.Output!.Keys.Single().ToString().ToLowerInvariant())));
        Assert.All(output, f => Assert.Equal(new ValueRange(0, 100), f.Output!.Values.Single().Value));
        Assert.Equal(Enumerable.Range(0, output.Count), output.Select(f => f.Index));
        var battery = Assert.Single(model.Features, f => f.Input is not null);
        Assert.Equal(output.Count, battery.Index);
        Assert.Equal([InputCommandType.Read], battery.Input![InputType.Battery].Command);
    }

    [Fact]
    public void Sixteen_models_each_found_by_its_name()
    {
        Assert.Equal(16, Definition.Configurations.Count);
        var names = Definition.Communication.Single().Btle!.Names;
        Assert.Equal(Definition.Configurations.SelectMany(c => c.Identifier).Order(), names.Order());
    }

    [Fact]
    public void The_gatt_map_has_tx_rx_and_the_battery()
    {
        var services = Definition.Communication.Single().Btle!.Services;
        var main = services[Guid.Parse("0000ff12-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ff03-0000-1000-8000-00805f9b34fb"), main["tx"]);
        Assert.Equal(Guid.Parse("0000ff02-0000-1000-8000-00805f9b34fb"), main["rx"]);
        Assert.Equal(Guid.Parse("00002a19-0000-1000-8000-00805f9b34fb"), services[Guid.Parse("0000180f-0000-1000-8000-00805f9b34fb")]["rxblebattery"]);
    }

    [Fact]
    public void Unknown_names_get_one_vibrator_and_a_battery()
    {
        var model = Definition.Resolve("HPB-999");
        Assert.False(model.IsKnownModel);
        Assert.Equal("Honey Play Box Device", model.Name);
        Assert.Equal(2, model.Features.Count);
    }

    [Fact]
    public void The_plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new HoneyPlayBoxPlugin().Configure(builder);
        Assert.Equal(["honeyplaybox"], builder.Protocols.Select(p => p.Name));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("250", 250)]
    [InlineData("0", null)]
    [InlineData("soon", null)]
    public void The_keep_alive_interval_is_configurable(string? text, int? expectedMs)
    {
        var interval = HoneyPlayBoxPlugin.ReadKeepAliveInterval(text, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        Assert.Equal(expectedMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null, interval);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HoneyPlayBoxProtocol(TimeProvider.System, TimeSpan.Zero));
    }
}
