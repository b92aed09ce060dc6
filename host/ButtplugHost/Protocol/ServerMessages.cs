using System.Text.Json;
using ButtplugHost.Devices;
using ButtplugHost.Protocol.Descriptions;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Protocol;

/// <summary>Writes one server message (<c>{"Name":{...}}</c>) into a frame.</summary>
internal delegate void Reply(Utf8JsonWriter writer);

/// <summary>The server→client messages, in the shape of the session's message version.</summary>
internal static class ServerMessages
{
    /// <summary>For handlers that have already answered (the session sends nothing more).</summary>
    public static readonly Reply None = _ => { };

    private static readonly JsonEncodedText OkName = JsonEncodedText.Encode("Ok");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("Id");

    // The most frequent reply: written without the nested closure of Message().
    public static Reply Ok(uint id) => w =>
    {
        w.WriteStartObject();
        w.WriteStartObject(OkName);
        w.WriteNumber(IdName, id);
        w.WriteEndObject();
        w.WriteEndObject();
    };

    public static Reply Error(uint id, ErrorCode code, string message)
    {
        Metrics.HostMeter.Error((int)code);
        return w => Message(w, "Error", () =>
        {
            w.WriteNumber("Id", id);
            w.WriteNumber("ErrorCode", (int)code);
            w.WriteString("ErrorMessage", message);
        });
    }

    public static Reply ServerInfo(uint id, int version, string name, uint maxPingTime) => w => Message(w, "ServerInfo", () =>
    {
        w.WriteNumber("Id", id);
        if (version >= 4)
        {
            w.WriteNumber("ProtocolVersionMajor", 4);
            w.WriteNumber("ProtocolVersionMinor", 0);
        }
        else
        {
            if (version <= 1)
            {
                w.WriteNumber("MajorVersion", 0);
                w.WriteNumber("MinorVersion", 0);
                w.WriteNumber("BuildVersion", 0);
            }
            w.WriteNumber("MessageVersion", version);
        }
        w.WriteNumber("MaxPingTime", maxPingTime);
        w.WriteString("ServerName", name);
    });

    public static Reply ScanningFinished() => w => Message(w, "ScanningFinished", () => w.WriteNumber("Id", 0));

    public static Reply DeviceList(uint id, IReadOnlyList<ConnectedDevice> devices, int version, bool allowRaw) => w => Message(w, "DeviceList", () =>
    {
        w.WriteNumber("Id", id);
        if (version >= 4)
        {
            w.WriteStartObject("Devices");
            foreach (var d in devices.OrderBy(d => d.Info.Index))
            {
                w.WritePropertyName(d.Info.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                DeviceDescriptionWriter.WriteV4(w, d.Info);
            }
            w.WriteEndObject();
        }
        else
        {
            w.WriteStartArray("Devices");
            foreach (var d in devices.OrderBy(d => d.Info.Index))
            {
                w.WriteStartObject();
                DeviceDescriptionWriter.WriteLegacyFields(w, d.Info, LegacyAttributes.For(d.Info), version, allowRaw);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
    });

    public static Reply DeviceAdded(ConnectedDevice device, int version, bool allowRaw) => w => Message(w, "DeviceAdded", () =>
    {
        w.WriteNumber("Id", 0);
        DeviceDescriptionWriter.WriteLegacyFields(w, device.Info, LegacyAttributes.For(device.Info), version, allowRaw);
    });

    public static Reply DeviceRemoved(uint index) => w => Message(w, "DeviceRemoved", () =>
    {
        w.WriteNumber("Id", 0);
        w.WriteNumber("DeviceIndex", index);
    });

    public static Reply InputReading(uint id, uint deviceIndex, int featureIndex, InputType type, int value) => w => Message(w, "InputReading", () =>
    {
        w.WriteNumber("Id", id);
        w.WriteNumber("DeviceIndex", deviceIndex);
        w.WriteNumber("FeatureIndex", featureIndex);
        w.WriteStartObject("Reading");
        w.WriteStartObject(type.ToString());
        w.WriteNumber("Value", value);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static Reply SensorReading(uint id, uint deviceIndex, uint sensorIndex, InputType type, int value) => w => Message(w, "SensorReading", () =>
    {
        w.WriteNumber("Id", id);
        w.WriteNumber("DeviceIndex", deviceIndex);
        w.WriteNumber("SensorIndex", sensorIndex);
        w.WriteString("SensorType", LegacyAttributes.SensorName(type));
        w.WriteStartArray("Data");
        w.WriteNumberValue(value);
        w.WriteEndArray();
    });

    public static Reply BatteryLevelReading(uint id, uint deviceIndex, int percent) => w => Message(w, "BatteryLevelReading", () =>
    {
        w.WriteNumber("Id", id);
        w.WriteNumber("DeviceIndex", deviceIndex);
        w.WriteNumber("BatteryLevel", percent / 100.0);
    });

    public static Reply RssiLevelReading(uint id, uint deviceIndex, int rssi) => w => Message(w, "RSSILevelReading", () =>
    {
        w.WriteNumber("Id", id);
        w.WriteNumber("DeviceIndex", deviceIndex);
        w.WriteNumber("RSSILevel", rssi);
    });

    public static Reply RawReading(uint id, uint deviceIndex, string endpoint, byte[] data) => w => Message(w, "RawReading", () =>
    {
        w.WriteNumber("Id", id);
        w.WriteNumber("DeviceIndex", deviceIndex);
        w.WriteString("Endpoint", endpoint);
        w.WriteStartArray("Data");
        foreach (var b in data)
            w.WriteNumberValue(b);
        w.WriteEndArray();
    });

    public static Reply Test(uint id, string text) => w => Message(w, "Test", () =>
    {
        w.WriteNumber("Id", id);
        w.WriteString("TestString", text);
    });

    public static Reply Log(string level, string text) => w => Message(w, "Log", () =>
    {
        w.WriteNumber("Id", 0);
        w.WriteString("LogLevel", level);
        w.WriteString("LogMessage", text);
    });

    private static void Message(Utf8JsonWriter w, string name, Action fields)
    {
        w.WriteStartObject();
        w.WriteStartObject(name);
        fields();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
