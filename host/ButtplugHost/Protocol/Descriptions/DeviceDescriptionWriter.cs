using System.Text.Json;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Protocol.Descriptions;

/// <summary>Writes a device's description in the shape of each message version (DeviceList/DeviceAdded bodies).</summary>
internal static class DeviceDescriptionWriter
{
    /// <summary>The fields of a device object (without braces) for a v0–v3 DeviceList item or DeviceAdded.</summary>
    public static void WriteLegacyFields(Utf8JsonWriter w, DeviceInfo device, LegacyAttributes a, int version, bool allowRaw)
    {
        w.WriteNumber("DeviceIndex", device.Index);
        w.WriteString("DeviceName", device.Name);
        if (version >= 3)
        {
            if (device.DisplayName is not null)
                w.WriteString("DeviceDisplayName", device.DisplayName);
            w.WriteNumber("DeviceMessageTimingGap", device.MessageGapMs);
        }
        w.WritePropertyName("DeviceMessages");
        switch (version)
        {
            case 0: WriteV0(w, a); break;
            case 1 or 2: WriteV1V2(w, device, a, version, allowRaw); break;
            default: WriteV3(w, device, a, allowRaw); break;
        }
    }

    private static void WriteV0(Utf8JsonWriter w, LegacyAttributes a)
    {
        w.WriteStartArray();
        foreach (var name in DeviceSpecificV0Messages(a).Append("StopDeviceCmd").Order(StringComparer.Ordinal))
            w.WriteStringValue(name);
        w.WriteEndArray();
    }

    // The v0 device-specific commands this server turns into generic ones (LegacyOutputHandlers),
    // listed for the devices they can drive so v0/v1 clients know they may use them.
    private static IEnumerable<string> DeviceSpecificV0Messages(LegacyAttributes a)
    {
        if (a.Vibrate.Count > 0)
            yield return "SingleMotorVibrateCmd";
        if (a.Linear.Count > 0)
            yield return "FleshlightLaunchFW12Cmd";
        if (a.Rotate.Count > 0)
            yield return "VorzeA10CycloneCmd";
        if (a.Linear.Count > 0 || a.Vibrate.Count > 0)
            yield return "KiirooCmd";
    }

    private static void WriteV1V2(Utf8JsonWriter w, DeviceInfo device, LegacyAttributes a, int version, bool allowRaw)
    {
        w.WriteStartObject();
        WriteGeneric(w, "VibrateCmd", a.Vibrate, version);
        WriteGeneric(w, "RotateCmd", a.Rotate, version);
        WriteGeneric(w, "LinearCmd", a.Linear, version);
        if (version == 1)
        {
            foreach (var name in DeviceSpecificV0Messages(a))
                WriteEmpty(w, name);
        }
        if (version == 2)
        {
            if (a.Battery is not null)
                WriteEmpty(w, "BatteryLevelCmd");
            if (a.Rssi is not null)
                WriteEmpty(w, "RSSILevelCmd");
            if (allowRaw)
                WriteRaw(w, device, includeUnsubscribe: true);
        }
        WriteEmpty(w, "StopDeviceCmd");
        w.WriteEndObject();
    }

    private static void WriteGeneric(Utf8JsonWriter w, string name, List<LegacyOutput> outputs, int version)
    {
        if (outputs.Count == 0)
            return;
        w.WriteStartObject(name);
        w.WriteNumber("FeatureCount", outputs.Count);
        if (version >= 2)
        {
            w.WriteStartArray("StepCount");
            foreach (var o in outputs)
                w.WriteNumberValue(o.Steps);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteV3(Utf8JsonWriter w, DeviceInfo device, LegacyAttributes a, bool allowRaw)
    {
        w.WriteStartObject();
        WriteActuators(w, "ScalarCmd", a.Scalar, o => o.Type);
        WriteActuators(w, "RotateCmd", a.Rotate, _ => OutputType.Rotate);
        WriteActuators(w, "LinearCmd", a.Linear, _ => OutputType.Position);
        WriteSensors(w, "SensorReadCmd", a.SensorRead);
        WriteSensors(w, "SensorSubscribeCmd", a.SensorSubscribe);
        if (allowRaw)
            WriteRaw(w, device, includeUnsubscribe: false);
        WriteEmpty(w, "StopDeviceCmd");
        w.WriteEndObject();
    }

    private static void WriteActuators(Utf8JsonWriter w, string name, List<LegacyOutput> outputs, Func<LegacyOutput, OutputType> actuator)
    {
        if (outputs.Count == 0)
            return;
        w.WriteStartArray(name);
        foreach (var o in outputs)
        {
            w.WriteStartObject();
            w.WriteString("FeatureDescriptor", o.Feature.Description);
            w.WriteString("ActuatorType", LegacyAttributes.ActuatorName(actuator(o)));
            w.WriteNumber("StepCount", o.Steps);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSensors(Utf8JsonWriter w, string name, List<LegacySensor> sensors)
    {
        if (sensors.Count == 0)
            return;
        w.WriteStartArray(name);
        foreach (var s in sensors)
        {
            w.WriteStartObject();
            w.WriteString("FeatureDescriptor", s.Feature.Description);
            w.WriteString("SensorType", LegacyAttributes.SensorName(s.Type));
            w.WriteStartArray("SensorRange");
            foreach (var r in s.Ranges)
                JsonSerializer.Serialize(w, r);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRaw(Utf8JsonWriter w, DeviceInfo device, bool includeUnsubscribe)
    {
        string[] names = includeUnsubscribe
            ? ["RawReadCmd", "RawWriteCmd", "RawSubscribeCmd", "RawUnsubscribeCmd"]
            : ["RawReadCmd", "RawWriteCmd", "RawSubscribeCmd"];
        foreach (var name in names)
        {
            w.WriteStartObject(name);
            w.WriteStartArray("Endpoints");
            foreach (var e in device.Endpoints.Order(StringComparer.Ordinal))
                w.WriteStringValue(e);
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    private static void WriteEmpty(Utf8JsonWriter w, string name)
    {
        w.WriteStartObject(name);
        w.WriteEndObject();
    }

    /// <summary>A v4 device object.</summary>
    public static void WriteV4(Utf8JsonWriter w, DeviceInfo device)
    {
        w.WriteStartObject();
        w.WriteNumber("DeviceIndex", device.Index);
        w.WriteString("DeviceName", device.Name);
        if (device.DisplayName is not null)
            w.WriteString("DeviceDisplayName", device.DisplayName);
        w.WriteNumber("DeviceMessageTimingGap", device.MessageGapMs);
        w.WriteStartObject("DeviceFeatures");
        foreach (var f in device.Features.OrderBy(f => f.Index))
        {
            w.WriteStartObject(f.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("FeatureIndex", f.Index);
            w.WriteString("FeatureDescription", f.Description);
            // The official v4 JS client reads FeatureDescriptor; write both spellings.
            w.WriteString("FeatureDescriptor", f.Description);
            if (f.Output is { Count: > 0 } outputs)
            {
                w.WriteStartObject("Output");
                foreach (var (type, p) in outputs.OrderBy(o => o.Key))
                {
                    w.WriteStartObject(type.ToString());
                    w.WritePropertyName("Value");
                    JsonSerializer.Serialize(w, p.Value);
                    if (type == OutputType.HwPositionWithDuration)
                    {
                        w.WritePropertyName("Duration");
                        JsonSerializer.Serialize(w, p.Duration ?? new ValueRange(0, int.MaxValue));
                    }
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            if (f.Input is { Count: > 0 } inputs)
            {
                w.WriteStartObject("Input");
                foreach (var (type, p) in inputs.OrderBy(i => i.Key))
                {
                    w.WriteStartObject(type.ToString());
                    w.WriteStartArray("Value");
                    foreach (var r in p.Value)
                        JsonSerializer.Serialize(w, r);
                    w.WriteEndArray();
                    w.WriteStartArray("Command");
                    foreach (var c in p.Command)
                        w.WriteStringValue(c.ToString());
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
