namespace ButtplugHost.Plugins.Lovense.Tests;

public class DeviceTypeReplyTests
{
    [Theory]
    [InlineData("Z:11:0082059AD3BD;", "Z")]
    [InlineData("OC:253:0082059AD3BD;", "OC")]
    [InlineData("EI:02:0082059AD3BD;", "EI")]
    [InlineData("EI:03:0082059AD3BD;", "EI-FW3")]
    [InlineData("EI:12:0082059AD3BD;", "EI-FW3")]
    [InlineData("EI:x:0082059AD3BD;", "EI")]
    [InlineData("EI:3;", "EI")] // "3;" is not a number: version 0
    [InlineData("B:11", "B")]
    [InlineData("Z;", "lovense")]
    [InlineData("OK;", "lovense")]
    [InlineData("", "lovense")]
    public void Reply_gives_the_type_letters(string reply, string identifier) =>
        Assert.Equal(identifier, DeviceTypeReply.ToIdentifier(reply));

    [Theory]
    [InlineData("LVS-Z36", "Z")]
    [InlineData("LVS-Hush36", null)]
    [InlineData("LVS-OC1", "OC")]
    [InlineData("LOVE-Z36", null)]
    [InlineData("LVS-DoesntMatter", null)]
    [InlineData("Toy LVS-EI302", "EI")]
    public void Advertised_name_gives_the_type_letters(string name, string? identifier) =>
        Assert.Equal(identifier, DeviceTypeReply.FromAdvertisedName(name));
}
