namespace ButtplugHost.Plugins.Serial.Tests;

public sealed class PortListingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("serial-by-id-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Lists_configured_paths_that_exist_by_id_links_and_enumerated_ports_once_each()
    {
        using var pty = new PseudoTerminal();
        var link = Path.Combine(_dir, "usb-OSR2_0001-if00");
        File.CreateSymbolicLink(link, pty.SlavePath);
        var lister = new SerialPortLister([pty.SlavePath, "/dev/does-not-exist", " ", pty.SlavePath], _dir, () => ["/dev/ttyUSB1", "/dev/ttyS0", pty.SlavePath]);

        Assert.Equal([pty.SlavePath, link, "/dev/ttyS0", "/dev/ttyUSB1"], lister.List());
    }

    [Fact]
    public void A_configured_link_to_an_unplugged_device_is_not_listed()
    {
        var link = Path.Combine(_dir, "osr2");
        using (var pty = new PseudoTerminal())
        {
            File.CreateSymbolicLink(link, pty.SlavePath);
            Assert.Equal([link], new SerialPortLister([link], "/nonexistent", () => []).List());
        }
        Assert.Empty(new SerialPortLister([link], "/nonexistent", () => []).List());
    }

    [Fact]
    public void Enumeration_failures_leave_the_other_sources()
    {
        using var pty = new PseudoTerminal();
        var lister = new SerialPortLister([pty.SlavePath], "/nonexistent", () => throw new IOException("no /sys"));
        Assert.Equal([pty.SlavePath], lister.List());
    }
}
