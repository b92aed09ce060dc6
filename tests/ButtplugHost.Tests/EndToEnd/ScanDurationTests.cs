using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>--scan-duration: a bus that would scan until StopScanning (serial) ends the scan by itself.</summary>
public sealed class ScanDurationTests
{
    [Fact]
    public async Task A_scan_on_a_bus_without_a_natural_end_finishes_after_the_scan_duration()
    {
        await using var host = await HostProcess.StartAsync("--use-serial", "--scan-duration", "0.5");
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);

        await client.ReceiveAsync("ScanningFinished", 30_000);
        Assert.Contains("Scan duration of 0.5 s reached: stopping the scan", host.LogText, StringComparison.Ordinal);
        // A second scan gets its own duration.
        await client.RequestAsync("""[{"StartScanning":{"Id":3}}]""", 3);
        await client.ReceiveAsync("ScanningFinished", 30_000);
    }

    [Fact]
    public async Task A_scan_duration_that_is_not_a_number_of_seconds_is_refused_on_the_command_line()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync("--scan-duration", "soon");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("'soon' is not a number of seconds", output, StringComparison.Ordinal);
    }
}
