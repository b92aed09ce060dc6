using ButtplugHost.Devices;

namespace ButtplugHost.Tests.Devices;

public sealed class UserDeviceConfigTests
{
    [Theory]
    [InlineData("""{"protocols":{"tcode-v03":{"communication":[{"serial":{"port":"/dev/ttyACM0","baud_rate":9600}}]}}}""")]
    [InlineData("""{"version":{"major":4,"minor":0},"user_configs":{"protocols":{"tcode-v03":{"communication":[{"serial":{"port":"/dev/ttyACM0","baud_rate":9600}}]}}}}""")]
    public void Both_shapes_add_specifiers_to_a_protocol(string json)
    {
        var parsed = UserDeviceConfig.Parse(json);
        var serial = Assert.Single(parsed["tcode-v03"]).Serial!;
        Assert.Equal("/dev/ttyACM0", serial.Port);
        Assert.Equal(9600, serial.BaudRate);
        Assert.Equal(8, serial.DataBits);
    }
}
