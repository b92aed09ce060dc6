using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Nobra.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_toy_has_one_vibrator_of_0_to_15()
    {
        var model = new NobraProtocol().Definition.Resolve("NobraControl");
        Assert.Equal("Nobra's Silicone Dreams Toy", model.Name);
        var feature = Assert.Single(model.Features);
        Assert.Equal(new ValueRange(0, 15), feature.Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new NobraProtocol().Definition.Communication.Select(c => c.Btle).OfType<BluetoothLESpecifier>().Single();
        Assert.Equal(["Nobra Control*", "NobraControl*"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000abf0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000abf1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }

    [Fact]
    public void Serial_settings_are_19200_8N1()
    {
        var serial = new NobraProtocol().Definition.Communication.Select(c => c.Serial).OfType<SerialSpecifier>().Single();
        Assert.Equal(19200, serial.BaudRate);
        Assert.Equal(8, serial.DataBits);
        Assert.Equal("N", serial.Parity);
        Assert.Equal(1, serial.StopBits);
    }
}
