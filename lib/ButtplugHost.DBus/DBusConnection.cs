using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Threading.Channels;

namespace ButtplugHost.DBus;

/// <summary>
/// A client connection to a message bus. Method calls are matched to their replies by serial;
/// signals are delivered, in order, to the handlers of <see cref="SubscribeAsync"/> on a dispatch
/// task of their own, so a handler may itself call methods. Thread-safe.
/// </summary>
public sealed class DBusConnection : IAsyncDisposable
{
    private const string BusName = "org.freedesktop.DBus";
    private const string BusInterface = "org.freedesktop.DBus";
    private static readonly ObjectPath BusPath = new("/org/freedesktop/DBus");

    private readonly NetworkStream _stream;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<uint, TaskCompletionSource<Message>> _pending = new();
    private readonly Channel<Message> _signals = Channel.CreateUnbounded<Message>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<Subscription> _subscriptions = [];
    private readonly CancellationTokenSource _closing = new();
    private int _lastSerial;
    private int _closed;

    private DBusConnection(Socket socket, string serverGuid)
    {
        _stream = new NetworkStream(socket, ownsSocket: true);
        ServerGuid = serverGuid;
    }

    /// <summary>The unique name the bus gave this connection (e.g. <c>:1.42</c>).</summary>
    public string UniqueName { get; private set; } = "";

    /// <summary>The bus's guid from the authentication exchange.</summary>
    public string ServerGuid { get; }

    /// <summary>False once the connection has closed, whatever the reason.</summary>
    public bool IsConnected => Volatile.Read(ref _closed) == 0;

    /// <summary>Why the connection closed: null for a deliberate dispose, else the error.</summary>
    public Exception? CloseReason { get; private set; }

    /// <summary>How long a method call waits for its reply (25 s, as libdbus).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Raised once when the connection closes (see <see cref="CloseReason"/>).</summary>
    public event EventHandler? Closed;

    /// <summary>Raised when a signal handler throws; the exception is not otherwise observed.</summary>
    public event EventHandler<Exception>? HandlerFailed;

    /// <summary>Connects to the system bus (<see cref="DBusAddress.System"/>).</summary>
    public static Task<DBusConnection> ConnectSystemBusAsync(CancellationToken cancellationToken = default) =>
        ConnectAsync(DBusAddress.System, cancellationToken);

    /// <summary>Connects, authenticates and registers with the bus at <paramref name="address"/>.</summary>
    /// <exception cref="DBusConnectionException">The bus cannot be reached or refused us.</exception>
    /// <exception cref="FormatException">The address has no supported transport.</exception>
    public static async Task<DBusConnection> ConnectAsync(string address, CancellationToken cancellationToken = default)
    {
        Exception? lastError = null;
        foreach (var endpoint in DBusAddress.ParseEndPoints(address))
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(endpoint, cancellationToken);
                var guid = await SaslAuthenticator.AuthenticateAsync(socket, cancellationToken);
                var connection = new DBusConnection(socket, guid);
                connection.Start();
                try
                {
                    var reply = await connection.CallMethodAsync(BusName, BusPath, BusInterface, "Hello", cancellationToken);
                    connection.UniqueName = reply is [string name] ? name : throw new DBusConnectionException("The bus answered Hello without a name.");
                }
                catch
                {
                    await connection.DisposeAsync();
                    throw;
                }
                return connection;
            }
            catch (SocketException e)
            {
                socket.Dispose();
                lastError = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new DBusConnectionException($"Cannot connect to D-Bus at '{address}': {lastError?.Message}", lastError!);
    }

    /// <summary>
    /// Sends a method call and waits for its reply.
    /// </summary>
    /// <returns>The method-return message.</returns>
    /// <exception cref="DBusErrorException">The reply is an error, or no reply came within <see cref="CallTimeout"/>
    /// (<c>org.freedesktop.DBus.Error.NoReply</c>).</exception>
    /// <exception cref="DBusConnectionException">The connection is closed or closes before the reply.</exception>
    public async Task<Message> CallAsync(Message call, CancellationToken cancellationToken = default)
    {
        if (call.Type != MessageType.MethodCall)
            throw new ArgumentException("Only method calls have replies.", nameof(call));
        var serial = NextSerial();
        var reply = new TaskCompletionSource<Message>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[serial] = reply;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CallTimeout);
        try
        {
            await SendSerializedAsync(call.Serialize(serial), cancellationToken);
            var message = await reply.Task.WaitAsync(timeout.Token);
            return message.Type == MessageType.Error ? throw DBusErrorException.FromReply(message) : message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DBusErrorException("org.freedesktop.DBus.Error.NoReply",
                $"No reply to {call.Interface}.{call.Member} within {CallTimeout.TotalSeconds:0.#} s.");
        }
        finally
        {
            _pending.TryRemove(serial, out _);
        }
    }

    /// <summary>Calls a method without arguments and returns the reply's values.</summary>
    public Task<object[]> CallMethodAsync(string? destination, ObjectPath path, string @interface, string member, CancellationToken cancellationToken = default) =>
        CallMethodAsync(destination, path, @interface, member, Signature.Empty, [], cancellationToken);

    /// <summary>Calls a method and returns the reply's values (see <see cref="MessageReader.ReadValue"/>).</summary>
    /// <exception cref="DBusErrorException">The method failed.</exception>
    public async Task<object[]> CallMethodAsync(string? destination, ObjectPath path, string @interface, string member,
        Signature signature, object[] args, CancellationToken cancellationToken = default)
    {
        var reply = await CallAsync(Message.CreateMethodCall(destination, path, @interface, member, signature, args), cancellationToken);
        return reply.ReadBody();
    }

    /// <summary>Sends a message that expects no reply (a signal, or a call flagged NoReplyExpected).</summary>
    public Task SendAsync(Message message, CancellationToken cancellationToken = default) =>
        SendSerializedAsync(message.Serialize(NextSerial()), cancellationToken);

    /// <summary>
    /// Asks the bus for the signals selected by <paramref name="rule"/> (<c>AddMatch</c>) and delivers
    /// them to <paramref name="handler"/>. Disposing the result removes the handler and the match.
    /// </summary>
    public async Task<IAsyncDisposable> SubscribeAsync(MatchRule rule, Action<Message> handler, CancellationToken cancellationToken = default)
    {
        var subscription = new Subscription(this, rule, handler);
        lock (_subscriptions)
            _subscriptions.Add(subscription);
        try
        {
            await CallMethodAsync(BusName, BusPath, BusInterface, "AddMatch", "s", [rule.ToString()], cancellationToken);
        }
        catch
        {
            lock (_subscriptions)
                _subscriptions.Remove(subscription);
            throw;
        }
        return subscription;
    }

    /// <summary>True when some connection owns the bus name (<c>NameHasOwner</c>).</summary>
    public async Task<bool> NameHasOwnerAsync(string name, CancellationToken cancellationToken = default) =>
        await CallMethodAsync(BusName, BusPath, BusInterface, "NameHasOwner", "s", [name], cancellationToken) is [true];

    /// <summary>Closes the connection. Pending calls fail with <see cref="DBusConnectionException"/>.</summary>
    public ValueTask DisposeAsync()
    {
        Close(null);
        return ValueTask.CompletedTask;
    }

    private uint NextSerial()
    {
        var serial = (uint)Interlocked.Increment(ref _lastSerial);
        return serial == 0 ? (uint)Interlocked.Increment(ref _lastSerial) : serial;
    }

    private async Task SendSerializedAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        if (!IsConnected)
            throw new DBusConnectionException("The D-Bus connection is closed.", CloseReason!);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException)
        {
            Close(e);
            throw new DBusConnectionException("The D-Bus connection failed while sending.", e);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void Start()
    {
        _ = Task.Run(ReadLoopAsync);
        _ = Task.Run(DispatchLoopAsync);
    }

    private async Task ReadLoopAsync()
    {
        var token = _closing.Token;
        var header = new byte[Message.FixedHeaderLength];
        try
        {
            while (true)
            {
                await _stream.ReadExactlyAsync(header, token);
                var bytes = new byte[Message.GetMessageLength(header)];
                header.CopyTo(bytes, 0);
                await _stream.ReadExactlyAsync(bytes.AsMemory(header.Length), token);
                Route(Message.Parse(bytes));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Close(null);
        }
        catch (EndOfStreamException e)
        {
            Close(new DBusConnectionException("The bus closed the connection.", e));
        }
        catch (Exception e)
        {
            Close(e);
        }
    }

    private void Route(Message message)
    {
        switch (message.Type)
        {
            case MessageType.MethodReturn or MessageType.Error:
                if (message.ReplySerial is { } serial && _pending.TryRemove(serial, out var pending))
                    pending.TrySetResult(message);
                break;
            case MessageType.Signal:
                _signals.Writer.TryWrite(message);
                break;
            case MessageType.MethodCall:
                _ = AnswerIncomingCallAsync(message);
                break;
        }
    }

    // This is a client: it serves nothing but Peer.Ping, and says so to anyone who calls.
    private async Task AnswerIncomingCallAsync(Message call)
    {
        if (call.Flags.HasFlag(MessageFlags.NoReplyExpected))
            return;
        var answer = call is { Interface: "org.freedesktop.DBus.Peer", Member: "Ping" }
            ? Message.CreateMethodReturn(call, Signature.Empty)
            : Message.CreateError(call, "org.freedesktop.DBus.Error.UnknownMethod", $"No method {call.Interface}.{call.Member} on {call.Path}.");
        try
        {
            await SendAsync(answer);
        }
        catch (DBusConnectionException)
        {
            // The connection is gone; nobody is waiting for the answer any more.
        }
    }

    private async Task DispatchLoopAsync()
    {
        await foreach (var signal in _signals.Reader.ReadAllAsync())
        {
            Subscription[] subscriptions;
            lock (_subscriptions)
                subscriptions = _subscriptions.ToArray();
            foreach (var subscription in subscriptions)
            {
                if (!subscription.Rule.Matches(signal))
                    continue;
                try
                {
                    subscription.Handler(signal);
                }
                catch (Exception e)
                {
                    HandlerFailed?.Invoke(this, e);
                }
            }
        }
    }

    private void Close(Exception? reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        CloseReason = reason;
        _closing.Cancel();
        _stream.Dispose();
        _signals.Writer.TryComplete();
        foreach (var serial in _pending.Keys)
        {
            if (_pending.TryRemove(serial, out var pending))
                pending.TrySetException(new DBusConnectionException("The D-Bus connection closed before the reply came.", reason!));
        }
        Closed?.Invoke(this, EventArgs.Empty);
    }

    private sealed class Subscription(DBusConnection connection, MatchRule rule, Action<Message> handler) : IAsyncDisposable
    {
        private int _disposed;

        public MatchRule Rule { get; } = rule;

        public Action<Message> Handler { get; } = handler;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            lock (connection._subscriptions)
                connection._subscriptions.Remove(this);
            if (!connection.IsConnected)
                return;
            try
            {
                await connection.CallMethodAsync(BusName, BusPath, BusInterface, "RemoveMatch", "s", [Rule.ToString()]);
            }
            catch (Exception e) when (e is DBusErrorException or DBusConnectionException)
            {
                // The match dies with the connection anyway.
            }
        }
    }
}
