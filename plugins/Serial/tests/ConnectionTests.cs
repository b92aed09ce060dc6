using System.Text;
using System.Threading.Channels;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.Serial.Tests;

public class ConnectionTests
{
    private static DeviceIdentity PortIdentity(string path) => new() { Transport = "serial", Bus = BusKind.Serial, Address = path, Name = path };

    [Fact]
    public async Task Writes_reach_the_device_and_its_bytes_are_rx_notifications()
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);
        var hardware = await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None);
        Assert.True(OpenFiles.IsOpen(pty.SlavePath));
        Assert.Equal(["tx", "rx"], hardware.Endpoints);
        var notifications = Channel.CreateUnbounded<HardwareNotification>();
        hardware.Notification += (_, n) => notifications.Writer.TryWrite(n);
        await hardware.SubscribeAsync(Endpoints.Rx, CancellationToken.None);

        await hardware.WriteAsync(Endpoints.Tx, new byte[] { 0x00, 0x0a, 0x0d, 0xff, (byte)'L' }, false, CancellationToken.None);
        Assert.Equal(new byte[] { 0x00, 0x0a, 0x0d, 0xff, (byte)'L' }, await pty.WaitForBytesAsync(5)); // raw: no newline translation
        pty.Send("D0\r\nok\n");

        using var timeout = new CancellationTokenSource(5000);
        var received = new List<byte>();
        while (received.Count < 7)
        {
            var n = await notifications.Reader.ReadAsync(timeout.Token);
            Assert.Equal(Endpoints.Rx, n.Endpoint);
            received.AddRange(n.Data);
        }
        Assert.Equal("D0\r\nok\n", Encoding.ASCII.GetString([.. received]));
    }

    [Fact]
    public async Task Closing_the_device_side_is_a_disconnect()
    {
        var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);
        var hardware = await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None);
        var disconnects = 0;
        var disconnected = new TaskCompletionSource();
        hardware.Disconnected += (_, _) => { Interlocked.Increment(ref disconnects); disconnected.TrySetResult(); };

        pty.Dispose();

        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Tx, new byte[] { 1 }, false, CancellationToken.None));
        await hardware.DisconnectAsync();
        Assert.Equal(1, disconnects);
        await fixture.Logs.WaitForWarningAsync("is gone");
    }

    [Fact]
    public async Task Writing_right_after_the_device_vanished_fails_promptly_instead_of_hanging()
    {
        var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);
        var hardware = await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None);
        var disconnected = new TaskCompletionSource();
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        pty.Dispose();
        var writes = Enumerable.Range(0, 5).Select(_ => hardware.WriteAsync(Endpoints.Tx, "L0500\n"u8.ToArray(), false, CancellationToken.None)).ToList();

        foreach (var write in writes)
            await Assert.ThrowsAsync<HardwareException>(() => write.WaitAsync(TimeSpan.FromSeconds(5)));
        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_unplugged_port_is_found_again_when_it_comes_back()
    {
        // A udev-style link that points at whichever tty the device currently has.
        var dir = Directory.CreateTempSubdirectory("serial-replug-").FullName;
        var link = Path.Combine(dir, "osr2");
        try
        {
            var first = new PseudoTerminal();
            File.CreateSymbolicLink(link, first.SlavePath);
            await using var fixture = await SerialFixture.StartAsync([link]);
            await fixture.Transport.StartScanningAsync(CancellationToken.None);
            var found = await fixture.Host.NextFoundAsync();
            var hardware = await fixture.Transport.ConnectAsync(found, SerialFixture.Specifier(link), CancellationToken.None);
            var disconnected = new TaskCompletionSource();
            hardware.Disconnected += (_, _) => disconnected.TrySetResult();

            first.Dispose();
            await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));

            using var second = new PseudoTerminal();
            File.Delete(link);
            File.CreateSymbolicLink(link, second.SlavePath);
            while (fixture.Host.TryTakeFound(out _)) { }
            Assert.Equal(link, (await fixture.Host.NextFoundAsync()).Address);
            var again = await fixture.Transport.ConnectAsync(found, SerialFixture.Specifier(link), CancellationToken.None);
            await again.WriteAsync(Endpoints.Tx, "V050\n"u8.ToArray(), false, CancellationToken.None);
            Assert.Equal("V050\n", Encoding.ASCII.GetString(await second.WaitForBytesAsync(5)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Disconnecting_closes_the_port_once()
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);
        var hardware = await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None);
        var disconnects = 0;
        hardware.Disconnected += (_, _) => Interlocked.Increment(ref disconnects);

        await hardware.DisconnectAsync();
        await hardware.DisconnectAsync();
        await ((SerialHardware)hardware).Released.WaitAsync(TimeSpan.FromSeconds(30)); // released on a thread of its own

        Assert.Equal(1, disconnects);
        Assert.False(OpenFiles.IsOpen(pty.SlavePath));
        var reopened = await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None);
        Assert.True(OpenFiles.IsOpen(pty.SlavePath));
        await reopened.DisconnectAsync();
    }

    [Fact]
    public async Task A_port_is_connected_once_at_a_time()
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);
        await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None);

        var error = await Assert.ThrowsAsync<HardwareException>(() =>
            fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None));
        Assert.Contains("already connected", error.Message);
    }

    [Fact]
    public async Task Stopping_the_transport_closes_open_ports()
    {
        using var pty = new PseudoTerminal();
        var fixture = await SerialFixture.StartAsync([pty.SlavePath]);
        var hardware = await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None);
        var disconnected = false;
        hardware.Disconnected += (_, _) => disconnected = true;

        await fixture.DisposeAsync();

        Assert.True(disconnected);
        Assert.False(OpenFiles.IsOpen(pty.SlavePath));
    }

    [Theory]
    [InlineData("X", 1, "parity 'X'")]
    [InlineData("N", 3, "stop bits 3")]
    public async Task Settings_the_port_cannot_use_are_refused_without_opening_it(string parity, int stopBits, string complaint)
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);

        var error = await Assert.ThrowsAsync<HardwareException>(() =>
            fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath, parity, stopBits), CancellationToken.None));
        Assert.Contains(complaint, error.Message);
        Assert.False(OpenFiles.IsOpen(pty.SlavePath));
    }

    [Fact]
    public async Task Even_parity_two_stop_bits_and_seven_data_bits_open()
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);
        var specifier = new CommunicationSpecifier { Serial = new SerialSpecifier { Port = pty.SlavePath, BaudRate = 9600, DataBits = 7, Parity = "E", StopBits = 2 } };

        var hardware = await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), specifier, CancellationToken.None);
        await hardware.WriteAsync(Endpoints.Tx, "A"u8.ToArray(), false, CancellationToken.None);

        Assert.Equal("A", Encoding.ASCII.GetString(await pty.WaitForBytesAsync(1)));
    }

    [Fact]
    public async Task A_missing_port_or_a_non_serial_specifier_is_a_clear_error()
    {
        await using var fixture = await SerialFixture.StartAsync([]);
        var missing = await Assert.ThrowsAsync<HardwareException>(() =>
            fixture.Transport.ConnectAsync(PortIdentity("/dev/ttyNOPE9"), SerialFixture.Specifier("/dev/ttyNOPE9"), CancellationToken.None));
        Assert.Contains("/dev/ttyNOPE9", missing.Message);

        await Assert.ThrowsAsync<HardwareException>(() =>
            fixture.Transport.ConnectAsync(PortIdentity("/dev/ttyNOPE9"), new CommunicationSpecifier { Websocket = new() }, CancellationToken.None));
    }

    [Fact]
    public async Task Only_tx_is_writable_and_rx_is_not_read_on_demand()
    {
        using var pty = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([pty.SlavePath]);
        var hardware = await fixture.Transport.ConnectAsync(PortIdentity(pty.SlavePath), SerialFixture.Specifier(pty.SlavePath), CancellationToken.None);

        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Rx, new byte[] { 1 }, false, CancellationToken.None));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.ReadAsync(Endpoints.Rx, CancellationToken.None));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.SubscribeAsync(Endpoints.Command, CancellationToken.None));
    }
}
