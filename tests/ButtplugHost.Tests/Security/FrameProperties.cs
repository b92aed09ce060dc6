using CsCheck;

namespace ButtplugHost.Tests.Security;

/// <summary>
/// CsCheck generators of client frames: mostly message-shaped JSON with the field names and values
/// handlers look at (valid, wrong-typed, out of range, lone surrogate escapes, control characters),
/// some arbitrary JSON, and some broken text.
/// </summary>
internal static class FrameProperties
{
    private static readonly string[] Names =
    [
        "Ping", "Test", "RequestLog", "Disconnect", "StartScanning", "StopScanning", "RequestDeviceList", "StopDeviceCmd",
        "StopAllDevices", "StopCmd", "SingleMotorVibrateCmd", "FleshlightLaunchFW12Cmd", "VorzeA10CycloneCmd", "KiirooCmd",
        "LovenseCmd", "VibrateCmd", "RotateCmd", "LinearCmd", "ScalarCmd", "OutputCmd", "BatteryLevelCmd", "RSSILevelCmd",
        "SensorReadCmd", "SensorSubscribeCmd", "SensorUnsubscribeCmd", "InputCmd", "RawWriteCmd", "RawReadCmd",
        "RawSubscribeCmd", "RawUnsubscribeCmd", "RequestServerInfo", "Nonsense", "", "Pi\\ud800ng", "\\u001b[31m",
    ];

    private static readonly string[] Keys =
    [
        "Id", "DeviceIndex", "FeatureIndex", "Command", "Speeds", "Scalars", "Rotations", "Vectors", "Index", "Speed", "Scalar",
        "ActuatorType", "Clockwise", "Position", "Duration", "Value", "Endpoint", "Data", "WriteWithResponse", "Type", "Outputs",
        "Inputs", "SensorIndex", "SensorType", "LogLevel", "TestString", "ClientName", "MessageVersion", "ProtocolVersionMajor",
        "Vibrate", "Rotate", "Oscillate", "Position", "HwPositionWithDuration", "Led", "Read", "Subscribe", "Battery",
        "ExpectedLength", "Timeout", "\\ud800", "x",
    ];

    private static readonly string[] Leaves =
    [
        "0", "1", "2", "3", "4", "5", "20", "99", "100", "101", "-1", "-20", "0.5", "1.0", "1.5", "-0.0", "1e-7", "1e999",
        "4294967295", "4294967296", "99999999999999999999", "true", "false", "null", "\"\"", "\"Vibrate\"", "\"Rotate\"",
        "\"Position\"", "\"Battery\"", "\"RSSI\"", "\"Read\"", "\"Subscribe\"", "\"Unsubscribe\"", "\"tx\"", "\"rx\"",
        "\"Error\"", "\"Debug\"", "\"Vibrate:5;\"", "\"3\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\u0000\"", "\"\\u001b[2J\"",
        "[]", "{}", "[0]", "[256]", "[[0,100]]",
    ];

    private static readonly Gen<string> Leaf = Gen.OneOf(Leaves);

    private static readonly Gen<string> Key = Gen.OneOf(Keys);

    /// <summary>Any JSON value, at most a few levels deep.</summary>
    public static readonly Gen<string> Value = Gen.Recursive<string>((depth, inner) =>
        depth >= 3
            ? Leaf
            : Gen.Frequency<string>(
                (6, Leaf),
                (2, inner.Array[0, 3].Select(items => "[" + string.Join(",", items) + "]")),
                (2, Gen.Select(Key, inner).Array[0, 4].Select(Object))));

    private static readonly Gen<string> Id = Gen.Frequency<string>(
        (8, Gen.Int[1, 1000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Leaf));

    /// <summary>One message: <c>{"Name":{"Id":…, fields…}}</c>, sometimes without an Id or with a second key.</summary>
    public static readonly Gen<string> Message = Gen.Select(
        Gen.OneOf(Names), Id, Gen.Select(Key, Value).Array[0, 5], Gen.Int[0, 20],
        (name, id, fields, shape) =>
        {
            var body = Object([("Id", id), .. fields]);
            return shape switch
            {
                0 => $"{{\"{name}\":{Object([.. fields])}}}", // no Id
                1 => $"{{\"{name}\":{body},\"x\":{id}}}", // two keys
                2 => $"{{\"{name}\":{id}}}", // fields not an object
                _ => $"{{\"{name}\":{body}}}",
            };
        });

    /// <summary>A whole frame: one or more arrays of messages and values, or broken text.</summary>
    public static readonly Gen<string> Frame = Gen.Frequency<string>(
        (12, Gen.Frequency<string>((8, Message), (1, Value)).Array[1, 5].Select(items => "[" + string.Join(",", items) + "]")),
        (2, Gen.Select(Message, Message).Select((a, b) => $"[{a}][{b}]")),
        (2, Gen.Select(Message, Gen.Int[0, 100]).Select((m, cut) => m[..(cut * m.Length / 100)])), // truncated
        (1, Value),
        (1, Gen.OneOf("", " ", "\n", "[", "]", "[[[[", "{\"Ping\":{\"Id\":1}}", "nul", "[1,]", "\"\\ud800\"")));

    private static string Object(IEnumerable<(string Key, string Value)> members) =>
        "{" + string.Join(",", members.Select(m => $"\"{m.Key}\":{m.Value}")) + "}";
}
