using ButtplugHost.Devices;
using ButtplugHost.Protocol.Descriptions;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>Sensor reads and subscriptions: InputCmd (v4), SensorRead/Subscribe/UnsubscribeCmd (v3), BatteryLevelCmd and RSSILevelCmd (v2).</summary>
internal static class InputHandlers
{
    private static readonly Dictionary<string, InputType> TypeNames = new(StringComparer.Ordinal)
    {
        ["Battery"] = InputType.Battery, ["battery"] = InputType.Battery,
        ["Rssi"] = InputType.Rssi, ["RSSI"] = InputType.Rssi, ["rssi"] = InputType.Rssi,
        ["Button"] = InputType.Button, ["button"] = InputType.Button,
        ["Pressure"] = InputType.Pressure, ["pressure"] = InputType.Pressure,
        ["Depth"] = InputType.Depth, ["depth"] = InputType.Depth,
        ["Position"] = InputType.Position, ["position"] = InputType.Position,
    };

    public static async ValueTask<Reply> InputCmd(ClientSession s, IncomingMessage m)
    {
        var requestedDevice = m.UInt("DeviceIndex");
        var featureIndex = m.UInt("FeatureIndex");
        var typeName = m.String("Type");
        var type = TypeNames.TryGetValue(typeName, out var t) ? t : throw ButtplugError.Msg($"Unknown input type {typeName}.");
        var command = m.String("Command") switch
        {
            "Read" or "read" => InputCommandType.Read,
            "Subscribe" or "subscribe" => InputCommandType.Subscribe,
            "Unsubscribe" or "unsubscribe" => InputCommandType.Unsubscribe,
            var other => throw ButtplugError.Msg($"InputCmd.Command must be Read, Subscribe or Unsubscribe; got {other}."),
        };
        var device = s.Device(requestedDevice);
        var feature = device.Info.Feature(featureIndex)
            ?? throw ButtplugError.Device($"{device.Info.Name} has no feature {featureIndex}.");
        var input = feature.Input?.GetValueOrDefault(type)
            ?? throw ButtplugError.Device($"Feature {featureIndex} of {device.Info.Name} has no {type} input.");
        var deviceIndex = device.Info.Index;
        switch (command)
        {
            case InputCommandType.Read:
                Require(input, InputCommandType.Read, device, featureIndex, type);
                var value = await ReadAsync(device, feature.Index, type, s.Lifetime);
                return ServerMessages.InputReading(m.Id, deviceIndex, feature.Index, type, value);
            case InputCommandType.Subscribe:
                Require(input, InputCommandType.Subscribe, device, featureIndex, type);
                s.Subscriptions[(deviceIndex, feature.Index, type)] = v => ServerMessages.InputReading(0, deviceIndex, feature.Index, type, v);
                await Subscribe(device, feature.Index, type, s);
                return ServerMessages.Ok(m.Id);
            default:
                await s.UnsubscribeAsync(device, feature.Index, type);
                return ServerMessages.Ok(m.Id);
        }
    }

    public static async ValueTask<Reply> SensorReadCmd(ClientSession s, IncomingMessage m)
    {
        var (device, sensorIndex, sensor) = Sensor(s, m, a => a.SensorRead);
        var value = await ReadAsync(device, sensor.Feature.Index, sensor.Type, s.Lifetime);
        return ServerMessages.SensorReading(m.Id, device.Info.Index, sensorIndex, sensor.Type, value);
    }

    public static async ValueTask<Reply> SensorSubscribeCmd(ClientSession s, IncomingMessage m)
    {
        var (device, sensorIndex, sensor) = Sensor(s, m, a => a.SensorSubscribe);
        var deviceIndex = device.Info.Index;
        s.Subscriptions[(deviceIndex, sensor.Feature.Index, sensor.Type)] = v => ServerMessages.SensorReading(0, deviceIndex, sensorIndex, sensor.Type, v);
        await Subscribe(device, sensor.Feature.Index, sensor.Type, s);
        return ServerMessages.Ok(m.Id);
    }

    public static async ValueTask<Reply> SensorUnsubscribeCmd(ClientSession s, IncomingMessage m)
    {
        var (device, _, sensor) = Sensor(s, m, a => a.SensorSubscribe);
        await s.UnsubscribeAsync(device, sensor.Feature.Index, sensor.Type);
        return ServerMessages.Ok(m.Id);
    }

    public static async ValueTask<Reply> BatteryLevelCmd(ClientSession s, IncomingMessage m)
    {
        var device = s.Device(m.UInt("DeviceIndex"));
        var battery = LegacyAttributes.For(device.Info).Battery
            ?? throw ButtplugError.Device($"{device.Info.Name} has no battery level.");
        var value = await ReadAsync(device, battery.Feature.Index, InputType.Battery, s.Lifetime);
        return ServerMessages.BatteryLevelReading(m.Id, device.Info.Index, value);
    }

    public static async ValueTask<Reply> RssiLevelCmd(ClientSession s, IncomingMessage m)
    {
        var device = s.Device(m.UInt("DeviceIndex"));
        var rssi = LegacyAttributes.For(device.Info).Rssi
            ?? throw ButtplugError.Device($"{device.Info.Name} does not report its signal strength.");
        var value = await ReadAsync(device, rssi.Feature.Index, InputType.Rssi, s.Lifetime);
        return ServerMessages.RssiLevelReading(m.Id, device.Info.Index, value);
    }

    private static (ConnectedDevice, uint, LegacySensor) Sensor(ClientSession s, IncomingMessage m, Func<LegacyAttributes, List<LegacySensor>> list)
    {
        var device = s.Device(m.UInt("DeviceIndex"));
        var index = m.UInt("SensorIndex");
        var typeName = m.String("SensorType");
        var sensors = list(LegacyAttributes.For(device.Info));
        if (index >= sensors.Count)
            throw ButtplugError.Device($"{m.Name}.SensorIndex {index} is out of range: {device.Info.Name} has {sensors.Count}.");
        var sensor = sensors[(int)index];
        if (LegacyAttributes.SensorName(sensor.Type) != typeName)
            throw ButtplugError.Device($"Sensor {index} of {device.Info.Name} is {LegacyAttributes.SensorName(sensor.Type)}, not {typeName}.");
        return (device, index, sensor);
    }

    private static void Require(InputProperties input, InputCommandType command, ConnectedDevice device, uint feature, InputType type)
    {
        if (!input.Command.Contains(command))
            throw ButtplugError.Device($"{type} on feature {feature} of {device.Info.Name} does not allow {command}.");
    }

    private static async Task<int> ReadAsync(ConnectedDevice device, int feature, InputType type, CancellationToken ct)
    {
        try
        {
            return await device.ReadInputAsync(feature, type, ct);
        }
        catch (Exception e) when (e is ProtocolException or Sdk.Hardware.HardwareException or OperationCanceledException or TimeoutException)
        {
            throw ButtplugError.Device($"Reading {type} from {device.Info.Name} failed: {e.Message}");
        }
    }

    private static async Task Subscribe(ConnectedDevice device, int feature, InputType type, ClientSession s)
    {
        try
        {
            await device.SubscribeInputAsync(feature, type, s.Lifetime);
        }
        catch (Exception e) when (e is ProtocolException or Sdk.Hardware.HardwareException or OperationCanceledException or TimeoutException)
        {
            s.Subscriptions.TryRemove((device.Info.Index, feature, type), out _);
            throw ButtplugError.Device($"Subscribing to {type} of {device.Info.Name} failed: {e.Message}");
        }
    }
}
