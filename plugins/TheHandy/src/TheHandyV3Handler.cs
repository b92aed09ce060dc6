using System.Threading.Channels;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>
/// Firmware 4+. Start-up: subscribe to <c>rx</c>, ask for the battery state (request id 1) and the
/// capabilities (id 2), each written unacknowledged and followed by a wait for the answer (logged
/// only). Commands are RpcMessage requests written acknowledged to <c>tx</c>, with ids counting on
/// from 3: positions as HDSP "position in time" (stop on target), vibration as HVP set at 100 Hz, or
/// HVP stop for speed 0.
/// </summary>
internal sealed class TheHandyV3Handler(ProtocolDevice device, TheHandyOptions options, TimeProvider time) : ProtocolHandler(device)
{
    private const uint BatteryRequestId = 1;
    private const uint CapabilitiesRequestId = 2;
    // The reference builds its keep-alive once, with request id 1.
    private const uint KeepAliveRequestId = 1;
    private const uint VibrationFrequencyHz = 100;

    private uint _nextId = 3;
    private KeepAlive? _keepAlive;

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var hardware = Device.Hardware;
        var answers = Channel.CreateUnbounded<byte[]>();
        void OnNotification(object? sender, HardwareNotification n)
        {
            if (n.Endpoint == Endpoints.Rx)
                answers.Writer.TryWrite(n.Data);
        }
        hardware.Notification += OnNotification;
        try
        {
            await hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);

            await hardware.WriteAsync(Endpoints.Tx, HandyRpcMessages.BatteryGetRequest(BatteryRequestId), withResponse: false, cancellationToken);
            var battery = await NextAnswerAsync(answers.Reader, cancellationToken);
            if (battery is not null && HandyRpcResponses.BatteryLevel(battery) is { } level)
                Device.Logger.LogInformation("{Device} battery at {Level}%", Device.Configuration.Name, level);

            await hardware.WriteAsync(Endpoints.Tx, HandyRpcMessages.CapabilitiesGetRequest(CapabilitiesRequestId), withResponse: false, cancellationToken);
            await NextAnswerAsync(answers.Reader, cancellationToken);
        }
        finally
        {
            hardware.Notification -= OnNotification;
        }

        if (options.KeepAliveSeconds > 0)
        {
            // A fixed ping while idle (not the last packet): commands only postpone it.
            _keepAlive = new KeepAlive(hardware, TimeSpan.FromSeconds(options.KeepAliveSeconds), time, Device.Logger);
            _keepAlive.Repeat(Endpoints.Tx, HandyRpcMessages.KeepAlive(KeepAliveRequestId), withResponse: true);
        }
    }

    /// <summary>The next answer on <c>rx</c>, or null (logged) when none comes in time: the device works without them.</summary>
    private async Task<byte[]?> NextAnswerAsync(ChannelReader<byte[]> answers, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ResponseTimeoutMs);
        try
        {
            var answer = await answers.ReadAsync(timeout.Token);
            Device.Logger.LogDebug("{Device} answered {Bytes}", Device.Configuration.Name, Convert.ToHexString(answer));
            return answer;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Device.Logger.LogWarning("{Device} did not answer within {Timeout} ms; going on", Device.Configuration.Name, options.ResponseTimeoutMs);
            return null;
        }
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        byte[] packet;
        switch (command.Type)
        {
            case OutputType.HwPositionWithDuration when command.FeatureIndex == 0:
                packet = HandyRpcMessages.HdspXpTSetRequest(_nextId++, command.Value / 100f, command.Duration ?? 0);
                break;
            case OutputType.Vibrate when command.FeatureIndex == 0:
                packet = command.Value == 0
                    ? HandyRpcMessages.HvpStopRequest(_nextId++)
                    : HandyRpcMessages.HvpSetRequest(_nextId++, command.Value / 100f, VibrationFrequencyHz);
                break;
            default:
                return base.HandleOutput(command);
        }
        _keepAlive?.Touch();
        return [HardwareCommand.Write(Endpoints.Tx, packet, withResponse: true)];
    }

    public override async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
            await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }
}
