using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>StopDeviceCmd and StopAllDevices (v0–v3), StopCmd (v4).</summary>
internal static class StopHandlers
{
    public static async ValueTask<Reply> StopDeviceCmd(ClientSession s, IncomingMessage m)
    {
        var device = s.Device(m.UInt("DeviceIndex"));
        await device.StopAsync();
        ForgetSubscriptions(s, device.Info.Index);
        return ServerMessages.Ok(m.Id);
    }

    public static async ValueTask<Reply> StopAllDevices(ClientSession s, IncomingMessage m)
    {
        await s.Devices.StopAllAsync();
        s.Subscriptions.Clear();
        return ServerMessages.Ok(m.Id);
    }

    // The device ended its input subscriptions; the session stops reporting them too.
    private static void ForgetSubscriptions(ClientSession s, uint deviceIndex)
    {
        foreach (var key in s.Subscriptions.Keys.Where(k => k.Device == deviceIndex))
            s.Subscriptions.TryRemove(key, out _);
    }

    /// <summary>
    /// Spec semantics (the reference stops every device regardless): no DeviceIndex stops all devices;
    /// DeviceIndex stops that device; with FeatureIndex only that feature. Inputs/Outputs default to true.
    /// </summary>
    public static async ValueTask<Reply> StopCmd(ClientSession s, IncomingMessage m)
    {
        var outputs = m.OptionalBool("Outputs", true);
        var inputs = m.OptionalBool("Inputs", true);
        var deviceIndex = m.OptionalUInt("DeviceIndex");
        var featureIndex = m.OptionalUInt("FeatureIndex");
        if (deviceIndex is null)
        {
            await Task.WhenAll(s.Devices.Devices.Select(d => d.StopAsync(outputs, inputs)));
            if (inputs)
                s.Subscriptions.Clear();
            return ServerMessages.Ok(m.Id);
        }
        var device = s.Device(deviceIndex.Value);
        if (featureIndex is null)
        {
            await device.StopAsync(outputs, inputs);
            if (inputs)
                ForgetSubscriptions(s, deviceIndex.Value);
            return ServerMessages.Ok(m.Id);
        }
        var feature = device.Info.Feature(featureIndex.Value)
            ?? throw ButtplugError.Device($"{device.Info.Name} has no feature {featureIndex}.");
        if (outputs)
            await device.StopFeatureAsync(featureIndex.Value);
        if (inputs && feature.Input is { } featureInputs)
        {
            foreach (var type in featureInputs.Keys)
            {
                s.Subscriptions.TryRemove((deviceIndex.Value, feature.Index, type), out _);
                await device.UnsubscribeInputAsync(feature.Index, type, s.Lifetime);
            }
        }
        return ServerMessages.Ok(m.Id);
    }
}
