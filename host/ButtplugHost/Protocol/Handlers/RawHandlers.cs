using System.Text;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>
/// Raw endpoint access (v2–v3 Raw*Cmd, v0 LovenseCmd). It bypasses every protocol check and can
/// brick a device, so it is refused unless the user set Server:AllowRawMessages (--allow-raw).
/// </summary>
internal static class RawHandlers
{
    public static async ValueTask<Reply> RawWriteCmd(ClientSession s, IncomingMessage m)
    {
        var (device, endpoint) = Target(s, m);
        var data = Bytes(m, "Data");
        var withResponse = m.Bool("WriteWithResponse");
        await Run(device, m, (hw, ct) => hw.WriteAsync(endpoint, data, withResponse, ct));
        return ServerMessages.Ok(m.Id);
    }

    public static async ValueTask<Reply> RawReadCmd(ClientSession s, IncomingMessage m)
    {
        var (device, endpoint) = Target(s, m);
        // ExpectedLength (spec) or Length (schema): 0 means whatever the device returned.
        var expected = m.OptionalUInt("ExpectedLength") ?? m.OptionalUInt("Length") ?? 0;
        var data = await Run(device, m, (hw, ct) => hw.ReadAsync(endpoint, ct));
        if (expected > 0 && data.Length > expected)
            data = data[..(int)expected];
        return ServerMessages.RawReading(m.Id, device.Info.Index, endpoint, data);
    }

    public static async ValueTask<Reply> RawSubscribeCmd(ClientSession s, IncomingMessage m)
    {
        var (device, endpoint) = Target(s, m);
        var index = device.Info.Index;
        EventHandler<HardwareNotification> handler = (_, n) =>
        {
            if (n.Endpoint == endpoint)
                s.Send(ServerMessages.RawReading(0, index, endpoint, n.Data));
        };
        if (s.RawSubscriptions.TryAdd((index, endpoint), handler))
        {
            device.Hardware.Notification += handler;
            try
            {
                await Run(device, m, async (hw, ct) => { await hw.SubscribeAsync(endpoint, ct); return 0; });
            }
            catch (ButtplugError)
            {
                // Not subscribed after all: forget it, so a retry subscribes again.
                device.Hardware.Notification -= handler;
                s.RawSubscriptions.TryRemove((index, endpoint), out _);
                throw;
            }
        }
        return ServerMessages.Ok(m.Id);
    }

    public static async ValueTask<Reply> RawUnsubscribeCmd(ClientSession s, IncomingMessage m)
    {
        var (device, endpoint) = Target(s, m);
        if (s.RawSubscriptions.TryRemove((device.Info.Index, endpoint), out var handler))
        {
            device.Hardware.Notification -= handler;
            await Run(device, m, async (hw, ct) => { await hw.UnsubscribeAsync(endpoint, ct); return 0; });
        }
        return ServerMessages.Ok(m.Id);
    }

    /// <summary>v0: a Lovense command string, written to a Lovense device's tx endpoint.</summary>
    public static async ValueTask<Reply> LovenseCmd(ClientSession s, IncomingMessage m)
    {
        CheckAllowed(s, m);
        var device = s.Device(m.UInt("DeviceIndex"));
        if (device.Protocol != "lovense")
            throw ButtplugError.Device($"LovenseCmd needs a Lovense device; {device.Info.Name} is not one.");
        var text = m.String("Command");
        await Run(device, m, (hw, ct) => hw.WriteAsync(Endpoints.Tx, Encoding.ASCII.GetBytes(text), false, ct));
        return ServerMessages.Ok(m.Id);
    }

    private static (ConnectedDevice, string) Target(ClientSession s, IncomingMessage m)
    {
        CheckAllowed(s, m);
        var device = s.Device(m.UInt("DeviceIndex"));
        var endpoint = m.String("Endpoint");
        if (!device.Info.Endpoints.Contains(endpoint))
            throw ButtplugError.Device($"{device.Info.Name} has no endpoint {endpoint}.");
        return (device, endpoint);
    }

    private static void CheckAllowed(ClientSession s, IncomingMessage m)
    {
        if (!s.Options.AllowRawMessages)
            throw ButtplugError.Msg($"{m.Name} is refused: raw device access is off (start the server with --allow-raw to allow it).");
    }

    private static byte[] Bytes(IncomingMessage m, string field)
    {
        var array = m.Array(field);
        if (array.GetArrayLength() == 0)
            throw ButtplugError.Msg($"{m.Name}.{field} must hold at least one byte.");
        var result = new byte[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var value = Fields.UIntOf(item, $"{m.Name}.{field}[{i}]");
            result[i++] = value <= 255 ? (byte)value : throw ButtplugError.Msg($"{m.Name}.{field}[{i - 1}] must be 0 to 255.");
        }
        return result;
    }

    private static async Task Run(ConnectedDevice device, IncomingMessage m, Func<IHardware, CancellationToken, Task> op) =>
        await Run(device, m, async (hw, ct) => { await op(hw, ct); return 0; });

    private static async Task<T> Run<T>(ConnectedDevice device, IncomingMessage m, Func<IHardware, CancellationToken, Task<T>> op)
    {
        try
        {
            return await device.RawAsync(op, CancellationToken.None);
        }
        catch (Exception e) when (e is HardwareException or OperationCanceledException or TimeoutException)
        {
            throw ButtplugError.Device($"{m.Name} on {device.Info.Name} failed: {e.Message}");
        }
    }
}
