using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>StopDeviceCmd and StopAllDevices (v0–v3), StopCmd (v4).</summary>
internal static class StopHandlers
{
    /// <summary>Stops one device; with several clients, only what this client drives on it (<see cref="ClientSession.StopDeviceAsync"/>).</summary>
    public static async ValueTask<Reply> StopDeviceCmd(ClientSession s, IncomingMessage m)
    {
        var device = s.Device(m.UInt("DeviceIndex"));
        await s.StopDeviceAsync(device);
        return ServerMessages.Ok(m.Id);
    }

    public static async ValueTask<Reply> StopAllDevices(ClientSession s, IncomingMessage m)
    {
        await s.Devices.StopAllAsync();
        s.Subscriptions.Clear();
        return ServerMessages.Ok(m.Id);
    }

    /// <summary>
    /// Spec semantics (the reference stops every device regardless): no DeviceIndex stops all devices;
    /// DeviceIndex stops that device; with FeatureIndex only that feature. Inputs/Outputs default to true.
    /// With several clients, a device or feature stop reaches only what this client drives or listens
    /// to; a stop of every device stops everything, whoever drives it (safety beats fairness).
    /// </summary>
    public static async ValueTask<Reply> StopCmd(ClientSession s, IncomingMessage m)
    {
        var outputs = m.OptionalBool("Outputs", true);
        var inputs = m.OptionalBool("Inputs", true);
        var deviceIndex = m.OptionalUInt("DeviceIndex");
        var featureIndex = m.OptionalUInt("FeatureIndex");
        if (deviceIndex is null)
        {
            await Task.WhenAll(s.Devices.Devices.Select(d =>
            {
                if (outputs)
                    s.Devices.Owners.Release(d);
                return d.StopAsync(outputs, inputs);
            }));
            if (inputs)
                s.Subscriptions.Clear();
            return ServerMessages.Ok(m.Id);
        }
        var device = s.Device(deviceIndex.Value);
        if (featureIndex is not null && device.Info.Feature(featureIndex.Value) is null)
            throw ButtplugError.Device($"{device.Info.Name} has no feature {featureIndex}.");
        await s.StopDeviceAsync(device, outputs, inputs, featureIndex);
        return ServerMessages.Ok(m.Id);
    }
}
