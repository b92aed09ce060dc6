using System.Globalization;
using CsCheck;

namespace ButtplugHost.Tests.Protocol;

/// <summary>
/// CsCheck generators of frames of the hot path's message types (issue 22), mostly well formed and
/// valid for the test device, each part mutated now and then: a field left out, given twice, its name
/// escaped, a value of the wrong type or out of range, an unknown field or message, several messages
/// and arrays in one frame, broken JSON.
/// </summary>
internal static class HotFrames
{
    private static string Text(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static readonly Gen<string> OddValue = Gen.OneOf(
        "-1", "4294967295", "4294967296", "2147483648", "-2147483649", "1.0", "1e0", "1e400", "-0", "0.5", "\"3\"", "null", "true", "[]", "{}", "99999999999999999999");

    private static Gen<string> Mostly(Gen<string> good) => Gen.Frequency((40, good), (1, OddValue));

    private static readonly Gen<string> Id = Mostly(Gen.Int[0, 40].Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Feature = Mostly(Gen.Int[0, 8].Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Index = Mostly(Gen.Frequency((6, Gen.Int[0, 1]), (1, Gen.Int[2, 5])).Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Unit = Mostly(Gen.OneOf(
        Gen.Double[0, 1].Select(Text),
        Gen.OneOf("0", "1", "0.0000005", "0.000001", "1.0000001", "-0.1", "0.05", "0.95")));

    private static readonly Gen<string> Level = Mostly(Gen.Int[-25, 120].Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Bool = Mostly(Gen.OneOf("true", "false"));

    private static readonly Gen<string> Duration = Mostly(Gen.OneOf(Gen.Int[0, 12000].Select(i => i.ToString(CultureInfo.InvariantCulture)), Gen.Const("500")));

    private static readonly Gen<string> OutputType = Gen.Frequency(
        (10, Gen.OneOf("Vibrate", "Rotate", "Oscillate", "Constrict", "Position", "HwPositionWithDuration", "Temperature", "Led", "Spray",
            "vibrate", "hw_position_with_duration", "RotateWithDirection", "RotationWithDirection")),
        (1, Gen.OneOf("Wiggle", "Vibr\\u0061te", "")));

    private static readonly Gen<string> Actuator = Gen.Frequency(
        (10, Gen.OneOf("\"Vibrate\"", "\"Rotate\"", "\"Oscillate\"", "\"Constrict\"", "\"Inflate\"", "\"Position\"")),
        (1, Gen.OneOf("\"vibrate\"", "\"Vibr\\u0061te\"", "5", "null", "\"\"")));

    /// <summary>
    /// An object of the given fields; each field now and then left out, doubled, renamed with an
    /// escape, or joined by an unknown field.
    /// </summary>
    private static Gen<string> Object(params (string Name, Gen<string> Value)[] fields) =>
        Gen.Select(All(fields.Select(f => Field(f.Name, f.Value))), Gen.Int[0, 99], (parts, extra) =>
        {
            var list = parts.Where(p => p.Length > 0).ToList();
            if (extra < 5)
                list.Insert(extra % (list.Count + 1), extra < 2 ? "\"Extra\":{\"Id\":0,\"x\":[1,2]}" : "\"Speed\":\"fast\"");
            return "{" + string.Join(",", list) + "}";
        });

    private static Gen<string> Field(string name, Gen<string> value) =>
        Gen.Select(Gen.Int[0, 99], value, value, (d, a, b) => d switch
        {
            < 2 => "", // left out
            < 3 => $"\"{Escape(name)}\":{a}",
            >= 98 => $"\"{name}\":{a},\"{name}\":{b}", // twice
            _ => $"\"{name}\":{a}",
        });

    private static Gen<string[]> All(IEnumerable<Gen<string>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<string>()), (all, g) => Gen.Select(all, g, (a, v) => (string[])[.. a, v]));

    // The first letter as a \u escape: the same name to a JSON reader, spelt differently.
    private static string Escape(string name) => $"\\u{(int)name[0]:x4}{name[1..]}";

    private static readonly string[] NotObjects = ["5"];

    private static Gen<string> List(Gen<string> item) =>
        Gen.Frequency((12, item.Array[1, 3]), (1, Gen.Const(Array.Empty<string>())), (1, Gen.Const(NotObjects)))
            .Select(items => "[" + string.Join(",", items) + "]");

    private static Gen<string> Message(string device)
    {
        var deviceIndex = Gen.Frequency((12, Gen.Const(device)), (1, Gen.OneOf("99", "-1", "\"0\"")));
        var payload = Object(("Value", Level), ("Duration", Duration), ("Clockwise", Bool));
        var command = Gen.Frequency(
            (12, Gen.Select(OutputType, payload, (t, p) => $"{{\"{t}\":{p}}}")),
            (1, Gen.OneOf("{}", "5", "{\"Vibrate\":{\"Value\":1},\"Rotate\":{\"Value\":1}}", "{\"Vibrate\":3}")));
        var messages = new (string Name, Gen<string> Body)[]
        {
            ("Ping", Object(("Id", Id))),
            ("OutputCmd", Object(("Id", Id), ("DeviceIndex", deviceIndex), ("FeatureIndex", Feature), ("Command", command))),
            ("ScalarCmd", Object(("Id", Id), ("DeviceIndex", deviceIndex), ("Scalars", List(Object(("Index", Index), ("Scalar", Unit), ("ActuatorType", Actuator)))))),
            ("LinearCmd", Object(("Id", Id), ("DeviceIndex", deviceIndex), ("Vectors", List(Object(("Index", Index), ("Duration", Duration), ("Position", Unit)))))),
            ("RotateCmd", Object(("Id", Id), ("DeviceIndex", deviceIndex), ("Rotations", List(Object(("Index", Index), ("Speed", Unit), ("Clockwise", Bool)))))),
            ("VibrateCmd", Object(("Id", Id), ("DeviceIndex", deviceIndex), ("Speeds", List(Object(("Index", Index), ("Speed", Unit)))))),
            ("SingleMotorVibrateCmd", Object(("Id", Id), ("DeviceIndex", deviceIndex), ("Speed", Unit))),
            ("FleshlightLaunchFW12Cmd", Object(("Id", Id), ("DeviceIndex", deviceIndex), ("Position", Level), ("Speed", Level))),
            ("StopDeviceCmd", Object(("Id", Id), ("DeviceIndex", deviceIndex))),
            ("RequestDeviceList", Object(("Id", Id))),
            ("Frobnicate", Object(("Id", Id))),
        };
        return Gen.Int[0, messages.Length - 1].SelectMany(i =>
        {
            var (name, body) = messages[i];
            return Gen.Select(body, Gen.Int[0, 99], (b, d) => d switch
            {
                < 1 => $"{{\"{Escape(name)}\":{b}}}",
                < 2 => $"{{\"{name}\":{b},\"Ping\":{{\"Id\":1}}}}",
                _ => $"{{\"{name}\":{b}}}",
            });
        });
    }

    /// <summary>A frame of one to three messages for the device at <paramref name="device"/>, now and then damaged.</summary>
    public static Gen<string> Frame(string device) =>
        Gen.Select(Message(device).Array[1, 3], Message(device), Gen.Int[0, 99], (messages, more, d) =>
        {
            var frame = "[" + string.Join(",", messages) + "]";
            return d switch
            {
                < 2 => frame[..^1], // cut short
                < 6 => frame + "[" + more + "]", // a second array
                < 7 => frame + "[]",
                < 9 => " " + frame + " \n",
                < 10 => frame + "x",
                _ => frame,
            };
        });
}
