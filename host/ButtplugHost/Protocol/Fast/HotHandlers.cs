using ButtplugHost.Devices;
using ButtplugHost.Protocol.Descriptions;
using ButtplugHost.Protocol.Handlers;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Fast;

/// <summary>
/// The synchronous per-command messages on the hot path, without allocating: the same checks and
/// conversions as <see cref="OutputHandlers"/> and <see cref="LegacyOutputHandlers"/>, but a check that
/// fails returns false before anything happened (no state changed, nothing queued), and the session
/// hands the message to the reference handler, which words the error exactly as it always did.
/// </summary>
internal static class HotHandlers
{
    /// <summary>Runs <paramref name="m"/>; true when it is done and due its Ok.</summary>
    public static bool TryRun(ClientSession s, HotFrame frame, in HotMessage m)
    {
        switch (m.Kind)
        {
            case HotKind.Ping:
                s.Pinged();
                return true;
            case HotKind.OutputCmd:
                return OutputCmd(s, frame, m);
            case HotKind.SingleMotorVibrateCmd:
                return SingleMotorVibrateCmd(s, frame, m);
            case HotKind.FleshlightLaunchFW12Cmd:
                return FleshlightLaunchFW12Cmd(s, frame, m);
            case HotKind.ScalarCmd or HotKind.LinearCmd or HotKind.RotateCmd or HotKind.VibrateCmd:
                return ListCommand(s, frame, m);
            default:
                return false;
        }
    }

    private static bool OutputCmd(ClientSession s, HotFrame frame, in HotMessage m)
    {
        if (s.Devices.Find(m.DeviceIndex) is not { } device)
            return false;
        var duration = m.Output == OutputType.HwPositionWithDuration ? m.Duration : (uint?)null;
        if (TryCheck(frame, device, m.FeatureIndex, m.Output, m.Clockwise ? m.Value : -m.Value, duration) is not { } command)
            return false;
        frame.Commands.Add(command);
        Drive(s, frame, device);
        return true;
    }

    private static bool SingleMotorVibrateCmd(ClientSession s, HotFrame frame, in HotMessage m)
    {
        if (s.Devices.Find(m.DeviceIndex) is not { } device)
            return false;
        var vibrators = LegacyAttributeCache.For(device.Info).Vibrate;
        if (vibrators.Count == 0 || !InUnit(m.Speed))
            return false;
        foreach (var v in vibrators)
        {
            if (TryCheck(frame, device, (uint)v.Feature.Index, v.Type, Scalar(m.Speed, v.Steps), null) is not { } command)
                return Abandon(frame);
            frame.Commands.Add(command);
        }
        Drive(s, frame, device);
        return true;
    }

    private static bool FleshlightLaunchFW12Cmd(ClientSession s, HotFrame frame, in HotMessage m)
    {
        if (s.Devices.Find(m.DeviceIndex) is not { } device || m.LaunchPosition > 99 || m.LaunchSpeed > 99)
            return false;
        var linears = LegacyAttributeCache.For(device.Info).Attributes.Linear;
        if (linears.Count == 0)
            return false;
        var linear = linears[0];
        var target = m.LaunchPosition / 99.0;
        var from = s.LastLinearPosition.TryGetValue(device.Info.Index, out var last) ? last : 0;
        var duration = LegacyOutputHandlers.LaunchDuration(Math.Abs(target - from), m.LaunchSpeed / 99.0);
        if (TryCheck(frame, device, (uint)linear.Feature.Index, linear.Type, (int)Math.Truncate(linear.Steps * target), duration) is not { } command)
            return false;
        s.LastLinearPosition[device.Info.Index] = target;
        frame.Commands.Add(command);
        Drive(s, frame, device);
        return true;
    }

    // ScalarCmd, LinearCmd, RotateCmd, VibrateCmd: Index is a position in the device's legacy list.
    private static bool ListCommand(ClientSession s, HotFrame frame, in HotMessage m)
    {
        if (s.Devices.Find(m.DeviceIndex) is not { } device)
            return false;
        var cached = LegacyAttributeCache.For(device.Info);
        var targets = m.Kind switch
        {
            HotKind.ScalarCmd => cached.Attributes.Scalar,
            HotKind.LinearCmd => cached.Attributes.Linear,
            HotKind.RotateCmd => cached.Attributes.Rotate,
            _ => cached.Vibrate,
        };
        if (targets.Count == 0)
            return false;
        var position = 0.0;
        foreach (ref readonly var item in frame.Items(m))
        {
            if (item.Index >= targets.Count || !InUnit(item.Value))
                return Abandon(frame);
            var target = targets[(int)item.Index];
            OutputCommand? command;
            switch (m.Kind)
            {
                case HotKind.ScalarCmd:
                    if (target.Feature.Output is not { } outputs || !outputs.TryGetValue(item.Actuator, out var properties))
                        return Abandon(frame);
                    var max = properties.Value.Max;
                    var steps = item.Actuator == OutputType.Position ? (int)Math.Ceiling(max * item.Value) : Scalar(item.Value, max);
                    command = TryCheck(frame, device, (uint)target.Feature.Index, item.Actuator, steps, null);
                    break;
                case HotKind.LinearCmd:
                    position = item.Value;
                    command = TryCheck(frame, device, (uint)target.Feature.Index, target.Type, (int)Math.Truncate(target.Steps * item.Value), item.Duration);
                    break;
                case HotKind.RotateCmd:
                    var speed = Scalar(item.Value, target.Steps);
                    command = TryCheck(frame, device, (uint)target.Feature.Index, target.Type, item.Clockwise ? speed : -speed, null);
                    break;
                default:
                    command = TryCheck(frame, device, (uint)target.Feature.Index, target.Type, Scalar(item.Value, target.Steps), null);
                    break;
            }
            if (command is null)
                return Abandon(frame);
            frame.Commands.Add(command);
        }
        if (m.Kind == HotKind.LinearCmd)
            s.LastLinearPosition[device.Info.Index] = position; // the last vector's, as the reference leaves it
        Drive(s, frame, device);
        return true;
    }

    /// <summary><see cref="OutputHandlers.Check"/> without the error: null where it would throw.</summary>
    private static OutputCommand? TryCheck(HotFrame frame, ConnectedDevice device, uint featureIndex, OutputType type, int value, uint? duration)
    {
        var feature = LegacyAttributeCache.Feature(device.Info, featureIndex);
        if (feature?.Output is not { } outputs || !outputs.TryGetValue(type, out var properties) || !properties.Value.Contains(value))
            return null;
        if (duration is { } d && properties.Duration is { } range && !range.Contains(d))
            return null;
        return frame.Cache.Get(device.Info, feature.Index, type, value, duration);
    }

    // StepRounding's scalar rule (the caller checked the value is within 0.0–1.0).
    private static int Scalar(double x, int steps) => x < 0.000001 ? 0 : (int)Math.Ceiling(steps * x);

    private static bool InUnit(double x) => !double.IsNaN(x) && x >= 0 && x <= 1;

    private static bool Abandon(HotFrame frame)
    {
        frame.Commands.Clear();
        return false;
    }

    private static void Drive(ClientSession s, HotFrame frame, ConnectedDevice device)
    {
        try
        {
            s.Drive(device, frame.Commands);
        }
        finally
        {
            frame.Commands.Clear();
        }
    }
}
