using System.Text;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Vibratissimo.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("Licker", "Vibratissimo Licker", new[] { 255, 255 }, 2)]
    [InlineData("SecretKiss", "Vibratissimo Licker", new[] { 255, 255 }, 2)]
    [InlineData("Womenizer", "Vibratissimo Licker", new[] { 255, 255 }, 2)]
    [InlineData("Rabbit", "Vibratissimo Rabbit", new[] { 255, 255, 2 }, 3)]
    [InlineData("Something else", "Vibratissimo Device", new[] { 255 }, 1)]
    public void Every_model_resolves(string identifier, string name, int[] vibratorMaxima, int batteryFeature)
    {
        var model = new VibratissimoProtocol().Definition.Resolve(identifier);
        Assert.Equal(name, model.Name);
        Assert.Equal(vibratorMaxima, model.Features.Where(f => f.Output is not null).Select(f => f.Output![OutputType.Vibrate].Value.Max));
        var battery = Assert.Single(model.Features, f => f.Input is not null);
        Assert.Equal(batteryFeature, battery.Index);
        Assert.True(battery.Input!.ContainsKey(InputType.Battery));
    }

    [Fact]
    public async Task The_model_number_text_is_the_identifier()
    {
        var hardware = MemoryHardware.Create("Vibratissimo", Endpoints.RxBleModel, Endpoints.TxMode, Endpoints.TxVibrate);
        hardware.SetReadValue(Endpoints.RxBleModel, Encoding.UTF8.GetBytes("Licker"));
        Assert.Equal("Licker", await new VibratissimoProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task A_model_number_that_is_not_UTF8_falls_back_to_the_advertised_name()
    {
        var hardware = MemoryHardware.Create("Vibratissimo", Endpoints.RxBleModel);
        hardware.SetReadValue(Endpoints.RxBleModel, [0xC3, 0x28]);
        Assert.Equal("Vibratissimo", await new VibratissimoProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new VibratissimoProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["Vibratissimo"], btle.Names);
        var main = btle.Services[Guid.Parse("00001523-1212-efde-1523-785feabcd123")];
        Assert.Equal(Guid.Parse("00001524-1212-efde-1523-785feabcd123"), main["txmode"]);
        Assert.Equal(Guid.Parse("00001526-1212-efde-1523-785feabcd123"), main["txvibrate"]);
        Assert.Equal(Guid.Parse("00001527-1212-efde-1523-785feabcd123"), main["rx"]);
        Assert.Equal(Guid.Parse("00002a24-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000180a-0000-1000-8000-00805f9b34fb")]["rxblemodel"]);
        Assert.Equal(Guid.Parse("00002a19-0000-1000-8000-00805f9b34fb"), btle.Services[Guid.Parse("0000180f-0000-1000-8000-00805f9b34fb")]["rxblebattery"]);
    }
}
