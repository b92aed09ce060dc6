using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using ButtplugHost.Devices;
using ButtplugHost.Devices.Ownership;
using ButtplugHost.Protocol;
using ButtplugHost.Protocol.Fast;
using ButtplugHost.Protocol.Handlers;
using ButtplugHost.Server.Security;
using ButtplugHost.Session.Approval;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Session;

/// <summary>
/// One connected client. Fixes the message version at the handshake, dispatches each message to its
/// handler, converts device events into that version's messages, runs the ping watchdog, and stops
/// every device when the client goes away for any reason. With several clients (<c>--max-clients</c>
/// above 1) it stops only the outputs it drives (see <see cref="OutputOwners"/>).
/// </summary>
internal sealed class ClientSession : IAsyncDisposable, IOutputOwner
{
    public const int NewestVersion = 4;

    private readonly ISessionOutput _output;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _life = new();
    private readonly object _gate = new();
    private readonly SessionLogSink _logSink;
    private readonly IClientSlot? _slot;
    private readonly LogRateLimiter _warnings;
    private long _lastPingTicks;
    private int _ended;
    // Client approval: the handshake waits for the person (off the receive loop) while this is set.
    private readonly object _handshakeGate = new();
    private volatile bool _held;
    private bool _disposing;

    // A frame of thousands of bad elements gets this many Errors and one that counts the rest.
    private const int MaxMalformedRepliesPerFrame = 100;

    public ClientSession(ISessionOutput output, DeviceManager devices, ServerOptions options, SessionLogSink logSink, ILogger logger, TimeProvider time,
        IClientSlot? slot = null, LogRateLimiter? warnings = null)
    {
        _output = output;
        Devices = devices;
        Options = options;
        _logSink = logSink;
        _logger = logger;
        _time = time;
        _slot = slot;
        _warnings = warnings ?? new LogRateLimiter(10, TimeSpan.FromSeconds(10), time);
    }

    public DeviceManager Devices { get; }
    public ServerOptions Options { get; }
    public ILogger Logger => _logger;

    /// <summary>The message version fixed by the handshake; null before it.</summary>
    public int? Version { get; private set; }

    public string? ClientName { get; private set; }

    /// <summary>Asks the person before the handshake completes (null: every client is accepted).</summary>
    public ClientApprovals? Approval { get; init; }

    /// <summary>The web origin the connection came with (null for native apps): part of the app's identity for approval.</summary>
    public string? Origin { get; init; }

    /// <summary>The client's network address, as the status page shows it.</summary>
    public string Remote { get; init; } = "?";

    /// <summary>True while the handshake waits for the person's approval.</summary>
    public bool AwaitingApproval => _held;

    /// <summary>Raised once the handshake succeeded (the client holds the slot).</summary>
    public event Action? HandshakeCompleted;

    /// <summary>The client's name as it may appear in a log line (escaped, truncated): it is untrusted.</summary>
    public string ClientNameForLog { get; private set; } = "(no handshake)";

    /// <summary>True once a RequestServerInfo arrived (the handshake timeout no longer applies).</summary>
    public bool HandshakeStarted { get; private set; }

    public bool PingedOut { get; private set; }

    /// <summary>Per-session state of legacy commands (e.g. the last FleshlightLaunchFW12Cmd position).</summary>
    public ConcurrentDictionary<uint, double> LastLinearPosition { get; } = new();

    /// <summary>Active input subscriptions: (device, feature, type) → how readings are reported.</summary>
    public ConcurrentDictionary<(uint Device, int Feature, InputType Type), Func<int, Reply>> Subscriptions { get; } = new();

    /// <summary>Active raw subscriptions: (device, endpoint).</summary>
    public ConcurrentDictionary<(uint Device, string Endpoint), EventHandler<Sdk.Hardware.HardwareNotification>> RawSubscriptions { get; } = new();

    /// <summary>True when other clients may share the devices: stops then reach only this client's outputs.</summary>
    public bool SharesDevices => Options.MaxClients > 1;

    string IOutputOwner.OwnerName => ClientNameForLog;

    bool IOutputOwner.ListensTo(uint deviceIndex, int featureIndex, InputType type) => Subscriptions.ContainsKey((deviceIndex, featureIndex, type));

    /// <summary>Queues output values on <paramref name="device"/> as this client's (see <see cref="OutputOwners.Drive"/>).</summary>
    public void Drive(ConnectedDevice device, IReadOnlyList<OutputCommand> commands)
    {
        if (OutputSink is { } sink)
            sink(device, commands);
        else
            Devices.Owners.Drive(this, device, commands);
    }

    /// <summary>
    /// Where checked output commands go instead of the devices (null, always, in the server): lets the
    /// benchmarks measure the protocol engine without the device scheduler behind it.
    /// </summary>
    internal Action<ConnectedDevice, IReadOnlyList<OutputCommand>>? OutputSink { get; init; }

    /// <summary>
    /// Stops this client's use of <paramref name="device"/> (one feature of it, when given): with several
    /// clients, the outputs no other client drives and the inputs no other client listens to; alone,
    /// the whole device (as the reference server).
    /// </summary>
    public async Task StopDeviceAsync(ConnectedDevice device, bool outputs = true, bool inputs = true, uint? featureIndex = null)
    {
        if (!SharesDevices && featureIndex is null)
        {
            if (outputs)
                Devices.Owners.Release(device);
            await device.StopAsync(outputs, inputs);
            if (inputs)
            {
                foreach (var key in Subscriptions.Keys.Where(k => k.Device == device.Info.Index))
                    Subscriptions.TryRemove(key, out _);
            }
            return;
        }
        if (outputs)
        {
            if (SharesDevices)
                await Devices.Owners.StopOwnAsync(this, device, featureIndex);
            else
            {
                Devices.Owners.Release(device, featureIndex);
                await device.StopFeatureAsync(featureIndex!.Value);
            }
        }
        if (!inputs)
            return;
        var features = device.Info.Features.Where(f => featureIndex is null || f.Index == featureIndex);
        foreach (var feature in features)
        {
            foreach (var type in feature.Input?.Keys ?? Enumerable.Empty<InputType>())
            {
                // Alone, a feature's inputs all end (as before); shared, only what this client listened to.
                if (SharesDevices && !Subscriptions.ContainsKey((device.Info.Index, feature.Index, type)))
                    continue;
                await UnsubscribeAsync(device, feature.Index, type);
            }
        }
    }

    /// <summary>Ends this client's subscription to one input; the device's ends unless another client still listens.</summary>
    public Task UnsubscribeAsync(ConnectedDevice device, int featureIndex, InputType type)
    {
        Subscriptions.TryRemove((device.Info.Index, featureIndex, type), out _);
        if (SharesDevices && Devices.Owners.Others(this).Any(o => o.ListensTo(device.Info.Index, featureIndex, type)))
            return Task.CompletedTask;
        return device.UnsubscribeInputAsync(featureIndex, type, Lifetime);
    }

    public CancellationToken Lifetime => _life.Token;

    /// <summary>
    /// Handles one text frame from the client. A frame of per-command messages only (see
    /// <see cref="HotFrame"/>) is read and run without allocating; any other frame, and any message of
    /// it that turns out to be an error, goes the reference way (<see cref="FrameParser"/> and the
    /// message table's handlers), which gives every reply and error as it always did.
    /// </summary>
    public ValueTask HandleFrameAsync(ReadOnlyMemory<byte> frame)
    {
        // One frame at a time uses the hot path's buffers; another at the same time goes the reference way.
        var hot = UseHotPath ? Interlocked.Exchange(ref _hot, null) : null;
        if (hot is null)
            return new ValueTask(HandleFrameReferenceAsync(frame));
        var handedOver = false;
        try
        {
            if (!hot.TryRead(frame.Span))
                return new ValueTask(HandleFrameReferenceAsync(frame));
            HotFrames++;
            for (var i = 0; i < hot.Count; i++)
            {
                var pending = RunHot(hot, i, frame);
                if (!pending.IsCompletedSuccessfully)
                {
                    handedOver = true;
                    return FinishHotFrameAsync(hot, i, pending, frame);
                }
            }
            return default;
        }
        finally
        {
            if (!handedOver)
                Volatile.Write(ref _hot, hot);
        }
    }

    private HotFrame? _hot = new();

    /// <summary>How many frames took the hot path (for tests).</summary>
    internal long HotFrames { get; private set; }

    /// <summary>False sends every frame the reference way (always true in the server; tests and benchmarks compare the two).</summary>
    internal bool UseHotPath { get; init; } = true;

    // The rest of a hot frame, once one of its messages had to wait (a device stop, or the reference path).
    private async ValueTask FinishHotFrameAsync(HotFrame hot, int index, ValueTask pending, ReadOnlyMemory<byte> frame)
    {
        try
        {
            await pending;
            for (var i = index + 1; i < hot.Count; i++)
                await RunHot(hot, i, frame);
        }
        finally
        {
            Volatile.Write(ref _hot, hot);
        }
    }

    // One message of a hot frame: the same order of checks as HandleMessageAsync.
    private ValueTask RunHot(HotFrame hot, int index, ReadOnlyMemory<byte> frame)
    {
        ref readonly var m = ref hot[index];
        if (PingedOut || _ended != 0 || Version is not { } version || !HotVersions.Accepts(m.Kind, version))
            return Reference(frame, m, counted: false);
        var name = HotNames.KindNames[(int)m.Kind];
        Metrics.HostMeter.Message(name);
        if (m.Kind == HotKind.StopDeviceCmd)
            return Devices.Find(m.DeviceIndex) is { } device ? new ValueTask(StopDeviceHotAsync(device, m.Id)) : Reference(frame, m, counted: true);
        try
        {
            if (!HotHandlers.TryRun(this, hot, m))
                return Reference(frame, m, counted: true);
            SendOk(m.Id);
        }
        catch (Exception e)
        {
            Fail(name, m.Id, e);
        }
        return default;
    }

    private async Task StopDeviceHotAsync(ConnectedDevice device, uint id)
    {
        try
        {
            await StopDeviceAsync(device);
            SendOk(id);
        }
        catch (Exception e)
        {
            Fail(nameof(HotKind.StopDeviceCmd), id, e);
        }
    }

    // A hot message that is an error after all: its own JSON, read and answered the reference way.
    private ValueTask Reference(ReadOnlyMemory<byte> frame, in HotMessage m, bool counted)
    {
        if (FrameParser.ParseMessage(frame[m.Start..m.End]) is IncomingMessage message)
            return new ValueTask(HandleMessageAsync(message, counted));
        return default; // never: the hot reader took it as a message
    }

    private async Task HandleFrameReferenceAsync(ReadOnlyMemory<byte> frame)
    {
        var malformed = 0;
        foreach (var item in FrameParser.Parse(frame))
        {
            if (item is MalformedMessage bad)
            {
                if (++malformed <= MaxMalformedRepliesPerFrame)
                {
                    Warn("Client {Client}: {Reason}", UntrustedText.ForLog(bad.Reason, 200));
                    Send(ServerMessages.Error(bad.Id, ErrorCode.Message, bad.Reason));
                }
                continue;
            }
            await HandleMessageAsync((IncomingMessage)item);
        }
        if (malformed > MaxMalformedRepliesPerFrame)
            Send(ServerMessages.Error(0, ErrorCode.Message, $"{malformed - MaxMalformedRepliesPerFrame} more malformed messages in this frame were ignored."));
    }

    /// <summary>A binary frame: Buttplug is JSON text. Answered, not fatal.</summary>
    public void RefuseBinaryFrame(int bytes)
    {
        Warn("Client {Client}: ignored a binary frame ({Bytes} bytes); Buttplug frames are text", bytes);
        Send(ServerMessages.Error(0, ErrorCode.Message, "Binary frames are not Buttplug messages: send JSON text frames."));
    }

    // Warnings a client can cause go through the session's rate limiter; the rest are counted.
    private void Warn<T>(string template, T detail)
    {
        if (!_warnings.TryEnter(out var suppressed))
            return;
        if (suppressed > 0)
            _logger.LogWarning("Client {Client}: {Count} more warnings were not logged", ClientNameForLog, suppressed);
#pragma warning disable CA2254 // the templates are constants of this class
        _logger.LogWarning(template, ClientNameForLog, detail);
#pragma warning restore CA2254
    }

    // counted: the message was already counted in the metrics (a hot message handed over).
    private async Task HandleMessageAsync(IncomingMessage message, bool counted = false)
    {
        try
        {
            if (PingedOut)
                throw new ButtplugError(ErrorCode.Ping, "The client did not ping in time; the session has ended.");
            if (_ended != 0)
                throw new ButtplugError(ErrorCode.Init, "The session has ended.");
            if (message.Id == 0)
                throw ButtplugError.Msg($"{message.Name}.Id must be 1 or more; 0 is reserved for server events.");
            if (message.Name == "RequestServerInfo")
            {
                Metrics.HostMeter.Message("RequestServerInfo");
                if (await HandshakeAsync(message) is not { } serverInfo)
                    return;
                Send(serverInfo);
                if (Version >= 4)
                    SendDeviceList();
                return;
            }
            if (Version is not { } version)
                throw new ButtplugError(ErrorCode.Init, _held
                    ? $"The handshake is waiting for the user's approval; {message.Name} cannot be handled before it is answered."
                    : $"RequestServerInfo must come first; got {message.Name}.");
            var entry = MessageTable.Find(message.Name);
            // Only known names become metric labels: a client cannot grow the label set.
            if (!counted)
                Metrics.HostMeter.Message(entry is null ? "unknown" : message.Name);
            if (entry is null)
                throw ButtplugError.Msg($"Unknown message type {message.Name}.");
            if (version < entry.FirstVersion || version > entry.LastVersion)
                throw ButtplugError.Msg($"{message.Name} is not part of message spec version {version}.");
            if (entry.Detached)
            {
                // Reads wait on the device; other messages must not queue behind them.
                _ = RunDetachedAsync(entry, message);
                return;
            }
            Send(await entry.Handler(this, message));
        }
        catch (Exception e)
        {
            Fail(message.Name, message.Id, e);
        }
    }

    // How a message that failed is answered (and logged), on either path.
    private void Fail(string name, uint id, Exception e)
    {
        switch (e)
        {
            case ButtplugError b:
                _logger.LogDebug("Client {Client}: {Message} {Id} → error {Code}: {Error}", ClientNameForLog, UntrustedText.ForLog(name), id, b.Code, UntrustedText.ForLog(b.Message, 200));
                Send(ServerMessages.Error(id, b.Code, b.Message));
                break;
            case Exception when Fields.IsInvalidJsonText(e):
                // A key or value the JSON reader cannot turn into text (a lone surrogate escape).
                Send(ServerMessages.Error(id, ErrorCode.Message, $"{name} holds a name or value that cannot be read as text (a lone UTF-16 surrogate escape)."));
                break;
            case HardwareException or ProtocolException or TimeoutException:
                // The device failed (e.g. a stop that could not be written): a device error, not an unknown one.
                Warn("Client {Client}: {Failure}", $"{UntrustedText.ForLog(name)} {id} failed on the device: {UntrustedText.ForLog(e.Message, 200)}");
                Send(ServerMessages.Error(id, ErrorCode.Device, $"{name} failed on the device: {e.Message}"));
                break;
            default:
                _logger.LogError(e, "Client {Client}: {Message} {Id} failed", ClientNameForLog, UntrustedText.ForLog(name), id);
                Send(ServerMessages.Error(id, ErrorCode.Unknown, $"{name} failed: {e.Message}"));
                break;
        }
    }

    private async Task RunDetachedAsync(MessageTable.Entry entry, IncomingMessage message)
    {
        try
        {
            Send(await entry.Handler(this, message));
        }
        catch (ButtplugError e)
        {
            Send(ServerMessages.Error(message.Id, e.Code, e.Message));
        }
        catch (Exception e) when (Fields.IsInvalidJsonText(e))
        {
            Send(ServerMessages.Error(message.Id, ErrorCode.Message, $"{message.Name} holds a name or value that cannot be read as text (a lone UTF-16 surrogate escape)."));
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Client {Client}: {Message} {Id} failed", ClientNameForLog, UntrustedText.ForLog(message.Name), message.Id);
            Send(ServerMessages.Error(message.Id, ErrorCode.Device, $"{message.Name} failed: {e.Message}"));
        }
    }

    private async Task<Reply?> HandshakeAsync(IncomingMessage m)
    {
        HandshakeStarted = true;
        if (Version is not null)
            throw new ButtplugError(ErrorCode.Init, "The handshake has already happened.");
        if (_held)
            throw new ButtplugError(ErrorCode.Init, "The handshake is already waiting for the user's approval.");
        var name = m.Body.TryGetProperty(nameof(ClientName), out var n) && n.ValueKind == JsonValueKind.String
            ? Fields.StringOf(n, "RequestServerInfo.ClientName")
            : throw new ButtplugError(ErrorCode.Init, "RequestServerInfo needs a ClientName string.");
        var requested = m.OptionalUInt("ProtocolVersionMajor") ?? m.OptionalUInt("MessageVersion") ?? 0;
        if (requested > NewestVersion)
        {
            _logger.LogWarning("Client {Client} asked for message version {Version}; this server speaks up to {Newest}", UntrustedText.ForLog(name), requested, NewestVersion);
            Send(ServerMessages.Error(m.Id, ErrorCode.Init, $"This server speaks message spec versions 0 to {NewestVersion}; the client asked for {requested}."));
            _output.Close("unsupported message version");
            return null;
        }
        if (Approval is { } approval)
        {
            var client = ClientIdentity.Of(name, Origin);
            switch (approval.Check(client))
            {
                case ApprovalCheck.Deny:
                    _logger.LogWarning("Refused app {Client} (origin {Origin}): denied earlier (revoke the decision on the status page)", UntrustedText.ForLog(name), UntrustedText.ForLog(client.Origin));
                    Refuse(m.Id, "Connection refused by the user: this app was denied (the decision can be revoked on the status page).");
                    return null;
                case ApprovalCheck.Ask:
                    // Off the receive loop: pings, keep-alives and a disconnect are still seen while it waits.
                    _held = true;
                    _ = HoldHandshakeAsync(m.Id, name, (int)requested, client, approval, _life.Token);
                    return null;
            }
        }
        return await CompleteHandshakeAsync(m.Id, name, (int)requested, _life.Token);
    }

    private async Task<Reply?> CompleteHandshakeAsync(uint id, string name, int requested, CancellationToken life)
    {
        if (_slot is not null && !await _slot.TryClaimAsync(this, life))
        {
            _logger.LogWarning("Refused client {Client}: {Reason}", UntrustedText.ForLog(name), _slot.BusyReason);
            Send(ServerMessages.Error(id, ErrorCode.Init, _slot.BusyReason));
            _output.Close("server busy");
            return null;
        }
        lock (_handshakeGate)
        {
            // A held handshake may be approved just as the client leaves: nothing may outlive the session.
            if (_disposing)
            {
                _slot?.Release(this);
                return null;
            }
            Version = requested;
            ClientName = name;
            ClientNameForLog = UntrustedText.ForLog(name);
            SubscribeToDevices();
            Devices.Owners.Join(this);
        }
        _lastPingTicks = _time.GetTimestamp();
        if (Options.MaxPingTime > 0)
            _ = RunPingWatchdogAsync();
        _logger.LogInformation("Client {Client} connected (message version {Version})", ClientNameForLog, Version);
        HandshakeCompleted?.Invoke();
        return ServerMessages.ServerInfo(id, requested, Options.Name, Options.MaxPingTime);
    }

    // The handshake waits for the person; ServerInfo (and the v4 device list) or the refusal follow.
    private async Task HoldHandshakeAsync(uint id, string name, int requested, ClientIdentity client, ClientApprovals approval, CancellationToken life)
    {
        try
        {
            var outcome = await approval.AskAsync(client, requested, Remote, life);
            if (outcome != ApprovalOutcome.Allowed)
            {
                Refuse(id, outcome == ApprovalOutcome.Denied
                    ? "Connection refused by the user."
                    : $"Connection refused by the user: nobody approved it within {approval.Timeout.TotalSeconds:0.#} s.");
                return;
            }
            if (await CompleteHandshakeAsync(id, name, requested, life) is not { } serverInfo)
                return;
            Send(serverInfo);
            if (Version >= 4)
                SendDeviceList();
        }
        catch (OperationCanceledException)
        {
            // The client left while waiting; its request is gone from the status page.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Client {Client}: the held handshake failed", UntrustedText.ForLog(name));
            Send(ServerMessages.Error(id, ErrorCode.Unknown, $"RequestServerInfo failed: {e.Message}"));
            _output.Close("handshake failed");
        }
        finally
        {
            _held = false;
        }
    }

    private void Refuse(uint id, string message)
    {
        Send(ServerMessages.Error(id, ErrorCode.Init, message));
        _output.Close("refused by the user");
    }

    /// <summary>Records a Ping for the watchdog.</summary>
    public void Pinged() => Interlocked.Exchange(ref _lastPingTicks, _time.GetTimestamp());

    private async Task RunPingWatchdogAsync()
    {
        var max = TimeSpan.FromMilliseconds(Options.MaxPingTime);
        try
        {
            while (!_life.IsCancellationRequested)
            {
                var since = _time.GetElapsedTime(Interlocked.Read(ref _lastPingTicks));
                if (since >= max)
                    break;
                await Task.Delay(max - since, _time, _life.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        PingedOut = true;
        if (SharesDevices)
            _logger.LogWarning("Client {Client} did not ping within {Max} ms: stopping the outputs it drives and closing", ClientNameForLog, Options.MaxPingTime);
        else
            _logger.LogWarning("Client {Client} did not ping within {Max} ms: stopping all devices and closing", ClientNameForLog, Options.MaxPingTime);
        await StopEverythingAsync();
        Send(ServerMessages.Error(0, ErrorCode.Ping, $"No Ping within MaxPingTime ({Options.MaxPingTime} ms); {(SharesDevices ? "the outputs this client drove" : "all devices")} stopped."));
        _output.Close("ping timeout");
    }

    /// <summary>Ends the session at the client's request (v4 Disconnect): devices stop, then the connection closes.</summary>
    public async Task EndAsync(string reason)
    {
        await StopEverythingAsync();
        _output.Close(reason);
    }

    /// <summary>Queues one message to the client.</summary>
    public void Send(Reply reply)
    {
        if (reply == ServerMessages.None)
            return;
        // One writer per session, reused: Send is called from handlers, device events and the log sink.
        // Writing and queueing under one lock keeps frames in the order their replies were written,
        // which the v4 device lists rely on (see SendDeviceList).
        lock (_sendGate)
        {
            _sendBuffer.ResetWrittenCount();
            var writer = _sendWriter ??= new Utf8JsonWriter(_sendBuffer);
            writer.Reset(_sendBuffer);
            writer.WriteStartArray();
            reply(writer);
            writer.WriteEndArray();
            writer.Flush();
            _output.Send(_sendBuffer.WrittenSpan);
        }
    }

    /// <summary>Queues <c>[{"Ok":{"Id":id}}]</c>, written from a template (byte for byte what <see cref="ServerMessages.Ok"/> writes).</summary>
    public void SendOk(uint id)
    {
        Span<byte> frame = stackalloc byte[OkFrame.MaxLength];
        var length = OkFrame.Write(frame, id);
        lock (_sendGate)
            _output.Send(frame[..length]);
    }

    // A v4 DeviceList is a snapshot: it is taken while sending, so that a list taken earlier can never
    // reach the client after a newer one (the client would take the device as removed and added again).
    private void SendDeviceList() =>
        Send(w => ServerMessages.DeviceList(0, Devices.Devices, 4, Options.AllowRawMessages)(w));

    private readonly object _sendGate = new();
    private readonly ArrayBufferWriter<byte> _sendBuffer = new(512);
    private Utf8JsonWriter? _sendWriter;

    public ConnectedDevice Device(uint index) =>
        Devices.Find(index) ?? throw ButtplugError.Device($"No device available at index {index}.");

    private void SubscribeToDevices()
    {
        Devices.DeviceAdded += OnDeviceAdded;
        Devices.DeviceRemoved += OnDeviceRemoved;
        Devices.ScanningFinished += OnScanningFinished;
        Devices.InputReading += OnInputReading;
        if (Version <= 1)
            _logSink.Attach(this);
    }

    private void UnsubscribeFromDevices()
    {
        Devices.DeviceAdded -= OnDeviceAdded;
        Devices.DeviceRemoved -= OnDeviceRemoved;
        Devices.ScanningFinished -= OnScanningFinished;
        Devices.InputReading -= OnInputReading;
        _logSink.Detach(this);
    }

    private void OnDeviceAdded(ConnectedDevice device)
    {
        if (Version >= 4)
            SendDeviceList();
        else
            Send(ServerMessages.DeviceAdded(device, Version!.Value, Options.AllowRawMessages));
    }

    private void OnDeviceRemoved(ConnectedDevice device)
    {
        foreach (var key in Subscriptions.Keys.Where(k => k.Device == device.Info.Index))
            Subscriptions.TryRemove(key, out _);
        foreach (var key in RawSubscriptions.Keys.Where(k => k.Device == device.Info.Index))
            RawSubscriptions.TryRemove(key, out _);
        if (Version >= 4)
            SendDeviceList();
        else
            Send(ServerMessages.DeviceRemoved(device.Info.Index));
    }

    private void OnScanningFinished() => Send(ServerMessages.ScanningFinished());

    private void OnInputReading(ConnectedDevice device, InputReading reading)
    {
        if (Subscriptions.TryGetValue((device.Info.Index, reading.FeatureIndex, reading.Type), out var report))
            Send(report(reading.Value));
    }

    /// <summary>Log lines for a client that sent RequestLog (v0–v1); null level means off.</summary>
    public LogLevel? ClientLogLevel { get; set; }

    private async Task StopEverythingAsync()
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0 || Version is null)
            return; // a client that never completed the handshake never drove a device
        UnsubscribeFromDevices();
        foreach (var ((index, endpoint), handler) in RawSubscriptions)
        {
            if (Devices.Find(index) is { } device)
                device.Hardware.Notification -= handler;
        }
        RawSubscriptions.Clear();
        if (SharesDevices)
        {
            // Other clients keep their outputs and inputs: this client's outputs come to rest.
            await StopOwnUseAsync();
            Devices.Owners.Leave(this);
            return;
        }
        Subscriptions.Clear();
        Devices.Owners.Leave(this);
        // Safety: whatever ended the session, every device stops.
        await Devices.StopAllAsync();
    }

    private async Task StopOwnUseAsync()
    {
        var driven = Devices.Owners.DrivenBy(this).Select(k => k.Device).Distinct();
        var listened = Subscriptions.Keys.Select(k => Devices.Find(k.Device)).OfType<ConnectedDevice>();
        await Task.WhenAll(driven.Union(listened).Select(async device =>
        {
            try
            {
                await StopDeviceAsync(device).WaitAsync(TimeSpan.FromSeconds(3));
            }
            catch (Exception e)
            {
                _logger.LogError("{Device} ({Address}) did not stop: {Error}", device.Info.Name, device.Identity.Address, e.Message);
            }
        }));
        Subscriptions.Clear();
    }

    /// <summary>The connection is gone (closed, failed or timed out).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Version is not null)
        {
            if (SharesDevices)
                _logger.LogInformation("Client {Client} disconnected: stopping the outputs it drives", ClientNameForLog);
            else
                _logger.LogInformation("Client {Client} disconnected: stopping all devices", ClientNameForLog);
        }
        lock (_handshakeGate)
            _disposing = true;
        await _life.CancelAsync();
        try
        {
            await StopEverythingAsync();
        }
        finally
        {
            _slot?.Release(this);
        }
        if (_warnings.TakeSuppressed() is > 0 and var suppressed)
            _logger.LogWarning("Client {Client}: {Count} more warnings were not logged", ClientNameForLog, suppressed);
        _life.Dispose();
    }
}
