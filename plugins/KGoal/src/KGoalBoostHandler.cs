using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.KGoal;

/// <summary>
/// Reads a KGoal Boost. Feature 0 is the normalised pressure, feature 1 the raw pressure; both come in
/// the same notification on <c>rxpressure</c> (<see cref="KGoalBoostReading"/>), which is subscribed
/// while at least one of them is and unsubscribed when neither is. A reading is published for a
/// subscribed feature only when its value changed since the last notification (the first value 0 is
/// not news), as with the reference. Feature 2 is the battery, read from <c>rxblebattery</c>.
/// The toy has no outputs, so a stop writes nothing.
/// </summary>
internal sealed class KGoalBoostHandler : ProtocolHandler
{
    private const int NormalizedFeature = 0;
    private const int RawFeature = 1;
    private const int BatteryFeature = 2;

    private readonly object _gate = new();
    private readonly bool[] _subscribed = new bool[2];
    private KGoalBoostReading _last;

    public KGoalBoostHandler(ProtocolDevice device) : base(device)
    {
        device.Hardware.Notification += OnNotification;
    }

    public override async Task SubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        CheckPressure(featureIndex, type, "subscribe to");
        bool first;
        lock (_gate)
        {
            if (_subscribed[featureIndex])
                return;
            first = !_subscribed.Any(s => s);
            // Marked before the device is asked, so a reading that arrives at once is not lost.
            _subscribed[featureIndex] = true;
            if (first)
                _last = default;
        }
        if (!first)
            return;
        try
        {
            await Device.Hardware.SubscribeAsync(Endpoints.RxPressure, cancellationToken);
        }
        catch
        {
            lock (_gate)
                _subscribed[featureIndex] = false;
            throw;
        }
    }

    public override async Task UnsubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        CheckPressure(featureIndex, type, "unsubscribe from");
        lock (_gate)
        {
            if (!_subscribed[featureIndex])
                return;
            _subscribed[featureIndex] = false;
            if (_subscribed.Any(s => s))
                return;
        }
        await Device.Hardware.UnsubscribeAsync(Endpoints.RxPressure, cancellationToken);
    }

    public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        if (featureIndex != BatteryFeature || type != InputType.Battery)
            throw new ProtocolException($"{Device.Configuration.Name} cannot read {type} on feature {featureIndex}; feature {BatteryFeature} is its battery.");
        var data = await Device.Hardware.ReadAsync(Endpoints.RxBleBattery, cancellationToken);
        if (data.Length == 0)
            throw new ProtocolException($"{Device.Configuration.Name} answered a battery read with no bytes.");
        return data[0];
    }

    public override ValueTask DisposeAsync()
    {
        Device.Hardware.Notification -= OnNotification;
        return base.DisposeAsync();
    }

    private void OnNotification(object? sender, HardwareNotification notification)
    {
        if (notification.Endpoint != Endpoints.RxPressure)
            return;
        if (!KGoalBoostReading.TryParse(notification.Data, out var reading))
        {
            Device.Logger.LogWarning("{Device} sent a pressure notification of {Length} bytes; a reading has at least 7. Ignored.", Device.Hardware.Identity.Name, notification.Data.Length);
            return;
        }
        var readings = new List<InputReading>(2);
        lock (_gate)
        {
            if (_subscribed[NormalizedFeature] && reading.Normalized != _last.Normalized)
                readings.Add(new InputReading(NormalizedFeature, InputType.Pressure, reading.Normalized));
            if (_subscribed[RawFeature] && reading.Raw != _last.Raw)
                readings.Add(new InputReading(RawFeature, InputType.Pressure, reading.Raw));
            _last = reading;
        }
        foreach (var r in readings)
            PublishReading(r);
    }

    private void CheckPressure(int featureIndex, InputType type, string what)
    {
        if (type != InputType.Pressure || featureIndex is not (NormalizedFeature or RawFeature))
            throw new ProtocolException($"{Device.Configuration.Name} cannot {what} {type} on feature {featureIndex}; features 0 and 1 are its pressure.");
    }
}
