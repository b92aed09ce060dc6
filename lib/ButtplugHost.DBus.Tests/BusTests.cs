using ButtplugHost.DBus.Testing;

namespace ButtplugHost.DBus.Tests;

/// <summary>A private dbus-daemon shared by the tests of one class.</summary>
public sealed class PrivateBusFixture : IAsyncLifetime
{
    public PrivateBusDaemon Daemon { get; private set; } = null!;

    public async Task InitializeAsync() => Daemon = await PrivateBusDaemon.StartAsync();

    public async Task DisposeAsync() => await Daemon.DisposeAsync();
}

/// <summary>The connection against a real bus daemon: authentication, calls, errors, signals, close.</summary>
public class BusTests(PrivateBusFixture bus) : IClassFixture<PrivateBusFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Connects_and_gets_a_unique_name()
    {
        await using var connection = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        Assert.StartsWith(":", connection.UniqueName, StringComparison.Ordinal);
        var names = await connection.CallMethodAsync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ListNames");
        Assert.Contains(connection.UniqueName, DBusValues.ToStrings(names[0]));
    }

    [Fact]
    public async Task Error_reply_surfaces_name_and_message()
    {
        await using var connection = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        var error = await Assert.ThrowsAsync<DBusErrorException>(() =>
            connection.CallMethodAsync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetNameOwner", "s", ["org.example.Nobody"]));
        Assert.Equal("org.freedesktop.DBus.Error.NameHasNoOwner", error.ErrorName);
        Assert.Contains("org.example.Nobody", error.ErrorMessage, StringComparison.Ordinal);
        Assert.False(await connection.NameHasOwnerAsync("org.example.Nobody"));
        Assert.True(await connection.NameHasOwnerAsync(connection.UniqueName));
    }

    [Fact]
    public async Task Properties_of_the_bus_driver()
    {
        await using var connection = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        var all = await connection.GetAllPropertiesAsync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus");
        Assert.Contains("Features", all.Keys);
        var interfaces = await connection.GetPropertyAsync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "Interfaces");
        Assert.Equal(new Signature("as"), interfaces.Signature);
    }

    [Fact]
    public async Task Signal_reaches_a_subscriber_with_its_body()
    {
        await using var listener = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        await using var sender = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        var received = new TaskCompletionSource<Message>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await listener.SubscribeAsync(
            new MatchRule { Sender = sender.UniqueName, Interface = "org.example.Test", Member = "Poke" }, m => received.TrySetResult(m));

        await sender.SendAsync(Message.CreateSignal("/org/example", "org.example.Test", "Other", "s", "ignored"));
        await sender.SendAsync(Message.CreateSignal("/org/example", "org.example.Test", "Poke", "sa{sv}", "hi",
            new Dictionary<string, Variant> { ["Value"] = new("ay", new byte[] { 1, 2, 3 }) }));

        var signal = await received.Task.WaitAsync(Wait);
        Assert.Equal("Poke", signal.Member);
        Assert.Equal(sender.UniqueName, signal.Sender);
        var body = signal.ReadBody();
        Assert.Equal("hi", body[0]);
        Assert.Equal(new byte[] { 1, 2, 3 }, DBusValues.ToPropertyMap(body[1])["Value"].Value);
    }

    [Fact]
    public async Task A_handler_may_call_methods()
    {
        await using var listener = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        await using var sender = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await listener.SubscribeAsync(new MatchRule { Interface = "org.example.Test" },
            _ => done.TrySetResult(listener.NameHasOwnerAsync(sender.UniqueName).GetAwaiter().GetResult()));
        await sender.SendAsync(Message.CreateSignal("/", "org.example.Test", "Poke", Signature.Empty));
        Assert.True(await done.Task.WaitAsync(Wait));
    }

    [Fact]
    public async Task Calling_a_client_gets_UnknownMethod_and_Ping_works()
    {
        await using var caller = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        await using var callee = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        var error = await Assert.ThrowsAsync<DBusErrorException>(() => caller.CallMethodAsync(callee.UniqueName, "/x", "org.example.Test", "Nothing"));
        Assert.Equal("org.freedesktop.DBus.Error.UnknownMethod", error.ErrorName);
        await caller.CallMethodAsync(callee.UniqueName, "/", "org.freedesktop.DBus.Peer", "Ping");
    }

    [Fact]
    public async Task No_reply_times_out_as_NoReply()
    {
        await using var caller = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        caller.CallTimeout = TimeSpan.FromMilliseconds(300);
        await using var silent = await SilentPeer.ConnectAsync(bus.Daemon.Address);
        var error = await Assert.ThrowsAsync<DBusErrorException>(() => caller.CallMethodAsync(silent.UniqueName, "/", "org.example.Test", "Wait"));
        Assert.Equal("org.freedesktop.DBus.Error.NoReply", error.ErrorName);
    }

    [Fact]
    public async Task Big_endian_signal_relayed_by_the_daemon_is_read()
    {
        await using var listener = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        await using var peer = await SilentPeer.ConnectAsync(bus.Daemon.Address);
        var received = new TaskCompletionSource<Message>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await listener.SubscribeAsync(new MatchRule { Interface = "a.B" }, m => received.TrySetResult(m));

        // Signal C on /t, interface a.B, body s "hi", serial 2, laid out big-endian by hand.
        await peer.SendRawAsync(Bytes.Of(
            "'B' 04 00 01 00000007 00000002 00000037" +
            "01 01 'o' 00 00000002 '/t' 00 0000000000" +
            "02 01 's' 00 00000003 'a.B' 00 00000000" +
            "03 01 's' 00 00000001 'C' 00 000000000000" +
            "08 01 'g' 00 01 's' 00 00" +
            "00000002 'hi' 00"));

        var signal = await received.Task.WaitAsync(Wait);
        Assert.True(signal.IsBigEndian);
        Assert.Equal(peer.UniqueName, signal.Sender);
        Assert.Equal(new ObjectPath("/t"), signal.Path);
        Assert.Equal("C", signal.Member);
        Assert.Equal(new object[] { "hi" }, signal.ReadBody());
    }

    [Fact]
    public async Task Unreachable_bus_is_a_connection_error()
    {
        var missing = Path.Combine(bus.Daemon.Directory, "missing.sock");
        var error = await Assert.ThrowsAsync<DBusConnectionException>(() => DBusConnection.ConnectAsync("unix:path=" + missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_fails_pending_calls_and_raises_Closed()
    {
        var connection = await DBusConnection.ConnectAsync(bus.Daemon.Address);
        await using var silent = await SilentPeer.ConnectAsync(bus.Daemon.Address);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += (_, _) => closed.TrySetResult();
        var pending = connection.CallMethodAsync(silent.UniqueName, "/", "org.example.Test", "Wait");
        await Task.Delay(50);
        await connection.DisposeAsync();
        await Assert.ThrowsAsync<DBusConnectionException>(() => pending);
        await closed.Task.WaitAsync(Wait);
        Assert.False(connection.IsConnected);
        await Assert.ThrowsAsync<DBusConnectionException>(() => connection.NameHasOwnerAsync("x"));
    }

    [Fact]
    public async Task Daemon_exit_closes_connections_with_a_reason()
    {
        await using var daemon = await PrivateBusDaemon.StartAsync();
        await using var connection = await DBusConnection.ConnectAsync(daemon.Address);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += (_, _) => closed.TrySetResult();
        await daemon.DisposeAsync();
        await closed.Task.WaitAsync(Wait);
        Assert.NotNull(connection.CloseReason);
    }
}
