using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.Serial.Tests;

public class ScanningTests
{
    [Fact]
    public async Task A_configured_pseudo_terminal_is_reported_by_path_and_not_opened()
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);

        await fixture.Transport.StartScanningAsync(CancellationToken.None);
        var found = await fixture.Host.NextFoundAsync();
        await fixture.Transport.StopScanningAsync(CancellationToken.None);

        Assert.Equal(("serial", BusKind.Serial, pty.SlavePath, pty.SlavePath), (found.Transport, found.Bus, found.Address, found.Name));
        Assert.False(OpenFiles.IsOpen(pty.SlavePath));
        Assert.Equal(1, fixture.Host.ScanningFinishedCount);
    }

    [Fact]
    public async Task Enumerated_ports_are_reported_too_and_the_scan_repeats_until_stopped()
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([], portNames: () => [pty.SlavePath]);

        await fixture.Transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(pty.SlavePath, (await fixture.Host.NextFoundAsync()).Address);
        Assert.Equal(pty.SlavePath, (await fixture.Host.NextFoundAsync()).Address); // the 100 ms rescan
        await fixture.Transport.StopScanningAsync(CancellationToken.None);
        await fixture.Transport.StopScanningAsync(CancellationToken.None);

        Assert.Equal(1, fixture.Host.ScanningFinishedCount);
        Assert.False(OpenFiles.IsOpen(pty.SlavePath));
    }

    [Fact]
    public async Task Disabled_transport_reports_itself_and_finds_nothing()
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath], [("Serial:Enabled", "false")]);

        await fixture.Transport.StartScanningAsync(CancellationToken.None);

        Assert.Contains("Serial:Enabled", Assert.Single(fixture.Host.Unavailable));
        Assert.Equal(1, fixture.Host.ScanningFinishedCount);
        Assert.False(fixture.Host.TryTakeFound(out _));
    }

    [Fact]
    public async Task Invalid_configuration_is_reported_instead_of_crashing()
    {
        await using var fixture = await SerialFixture.StartAsync([], [("Serial:Enabled", "sometimes")]);
        Assert.Contains("invalid Serial configuration", Assert.Single(fixture.Host.Unavailable));
    }
}
