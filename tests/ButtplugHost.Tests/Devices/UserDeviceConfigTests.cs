using System.Text.Json.Nodes;
using ButtplugHost.Devices;
using ButtplugHost.Devices.UserConfig;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Tests.Devices;

public sealed class UserDeviceConfigTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly CollectingLoggerFactory _logs = new();

    private static string Data(string name) => Path.Combine(RepoPaths.Root, "tests", "ButtplugHost.Tests", "Devices", "UserConfigData", name);

    private static readonly FeatureDefinition[] LovenseF =
    [
        new() { Index = 0, Description = "Fucking Machine Oscillation Speed", Output = new() { [OutputType.Oscillate] = new() { Value = new(0, 20) } } },
        new() { Index = 1, Description = "battery Level", Input = new() { [InputType.Battery] = new() { Value = [new(0, 100)], Command = [InputCommandType.Read] } } },
    ];

    private static readonly FeatureDefinition[] Vibrator =
    [
        new() { Index = 0, Description = "Vibrator", Output = new() { [OutputType.Vibrate] = new() { Value = new(0, 20) } } },
        new() { Index = 1, Description = "Stroker", Output = new() { [OutputType.Position] = new() { Value = new(0, 100) }, [OutputType.HwPositionWithDuration] = new() { Value = new(0, 100), Duration = new(0, 10000) } } },
        new() { Index = 2, Description = "Rotator", Output = new() { [OutputType.Rotate] = new() { Value = new(-20, 20) } } },
    ];

    private UserDeviceConfig Open(string? path) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Server:UserDeviceConfigFile"] = path }).Build(),
            _logs.CreateLogger<UserDeviceConfig>());

    private string Copy(string name)
    {
        var path = _dir.File(name);
        File.Copy(Data(name), path);
        return path;
    }

    [Fact]
    public void A_reference_written_entry_gives_its_display_name_and_reserved_index()
    {
        var config = Open(Copy("lovense-display-name.json"));
        var settings = config.Claim(new UserDeviceKey("lovense", "F", "SIM:LOVENSE:F1"), LovenseF, _ => false);
        Assert.Equal(3u, settings.Index);
        Assert.Equal("Kitchen Machine", settings.DisplayName);
        // [0, 20] on a [0, 20] output: no real limit, the client sees the full range.
        Assert.Equal(new ValueRange(0, 20), settings.Customization.Features[0].Output![OutputType.Oscillate].Value);
        Assert.Empty(settings.Customization.Problems);
    }

    [Fact]
    public void Round_trip_of_a_reference_file_loses_nothing_and_keeps_ids()
    {
        var path = Copy("tcode-linear-vibrate.json");
        var original = JsonNode.Parse(File.ReadAllText(path))!;
        var config = Open(path);
        // A device already in the file changes nothing; a new one is appended.
        config.Claim(new UserDeviceKey("tcode-v03", "tcode-stroke-vibe", "SIM:TCODE:1"), config.Models("tcode-v03")[0].Features!, _ => false);
        var written = JsonNode.Parse(File.Exists(path) ? File.ReadAllText(path) : "{}")!;
        Assert.True(JsonNode.DeepEquals(original, written), "a known device must not rewrite the file");

        config.Claim(new UserDeviceKey("lovense", "W", "SIM:LOVENSE:W1"), LovenseF, _ => false);
        written = JsonNode.Parse(File.ReadAllText(path))!;
        JsonSubset.AssertKept(original, written);
        var added = written["user_configs"]!["devices"]!.AsArray()[1]!;
        Assert.Equal("lovense", (string?)added["identifier"]!["protocol"]);
        Assert.Equal("W", (string?)added["identifier"]!["identifier"]);
        Assert.Equal(1u, (uint)added["config"]!["user_config"]!["index"]!);
        Assert.Equal(2, added["config"]!["features"]!.AsArray().Count);
    }

    [Fact]
    public void User_models_and_specifiers_of_the_protocols_section_are_read()
    {
        var config = Open(Copy("tcode-linear-vibrate.json"));
        var btle = Assert.Single(config.ExtraSpecifiers("tcode-v03")).Btle!;
        Assert.Equal(["tcode-stroke-vibe"], btle.Names);
        var definition = new ProtocolDefinition { Name = "tcode-v03", Defaults = new DeviceConfiguration { Name = "TCode v0.3 (Single Linear Axis)", Features = [Vibrator[1]] } };
        var resolved = ModelResolution.Resolve(definition, config.Models("tcode-v03"), "tcode-stroke-vibe");
        Assert.Equal("TCode Stroker With Vibrator", resolved.Name);
        Assert.Equal([OutputType.HwPositionWithDuration], resolved.Features[0].Output!.Keys);
        Assert.Equal(new ValueRange(0, 99), resolved.Features[1].Output![OutputType.Vibrate].Value);

        // Its device entry: a 10–90 reversed stroke → 80 client steps, mirrored.
        var settings = config.Claim(new UserDeviceKey("tcode-v03", "tcode-stroke-vibe", "SIM:TCODE:1"), resolved.Features, _ => false);
        Assert.Equal(new ValueRange(0, 80), settings.Customization.Features[0].Output![OutputType.HwPositionWithDuration].Value);
        Assert.Equal(90, settings.Customization.Map.ToDevice(new OutputCommand(0, OutputType.HwPositionWithDuration, 0, 500)).Value);
        Assert.Equal(70, settings.Customization.Map.ToDevice(new OutputCommand(0, OutputType.HwPositionWithDuration, 20, 500)).Value);
        Assert.Equal(10, settings.Customization.Map.ToDevice(new OutputCommand(0, OutputType.HwPositionWithDuration, 80, 500)).Value);
    }

    [Fact]
    public void A_limit_of_0_to_12_on_a_0_to_20_vibrator_maps_full_to_12_and_shows_12_steps()
    {
        var settings = Customize(OutputType.Vibrate, 0, new UserOutputSettings { Value = new(0, 12) });
        Assert.Equal(new ValueRange(0, 12), settings.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal(12, settings.Map.ToDevice(new OutputCommand(0, OutputType.Vibrate, 12)).Value);
        Assert.Equal(6, settings.Map.ToDevice(new OutputCommand(0, OutputType.Vibrate, 6)).Value);
        Assert.Equal(0, settings.Map.ToDevice(new OutputCommand(0, OutputType.Vibrate, 0)).Value);
    }

    [Fact]
    public void A_limit_with_a_floor_starts_non_zero_steps_at_the_floor_and_keeps_stop_at_zero()
    {
        var settings = Customize(OutputType.Vibrate, 0, new UserOutputSettings { Value = new(4, 12) });
        Assert.Equal(new ValueRange(0, 8), settings.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal(0, settings.Map.ToDevice(new OutputCommand(0, OutputType.Vibrate, 0)).Value);
        Assert.Equal(5, settings.Map.ToDevice(new OutputCommand(0, OutputType.Vibrate, 1)).Value);
        Assert.Equal(12, settings.Map.ToDevice(new OutputCommand(0, OutputType.Vibrate, 8)).Value);
    }

    [Fact]
    public void A_signed_output_is_limited_symmetrically()
    {
        var settings = Customize(OutputType.Rotate, 2, new UserOutputSettings { Value = new(0, 10) });
        Assert.Equal(new ValueRange(-10, 10), settings.Features[2].Output![OutputType.Rotate].Value);
        Assert.Equal(-10, settings.Map.ToDevice(new OutputCommand(2, OutputType.Rotate, -10)).Value);
    }

    [Fact]
    public void A_reversed_position_is_mirrored_and_a_disabled_output_disappears()
    {
        var settings = Customize(OutputType.Position, 1, new UserOutputSettings { Reverse = true }, (OutputType.HwPositionWithDuration, new UserOutputSettings { Disabled = true }));
        Assert.Equal([OutputType.Position], settings.Features[1].Output!.Keys);
        Assert.Equal(100, settings.Map.ToDevice(new OutputCommand(1, OutputType.Position, 0)).Value);
        Assert.Equal(25, settings.Map.ToDevice(new OutputCommand(1, OutputType.Position, 75)).Value);
    }

    [Fact]
    public void A_limit_beyond_the_range_or_a_feature_count_mismatch_is_reported_and_ignored()
    {
        var settings = Customize(OutputType.Vibrate, 0, new UserOutputSettings { Value = new(0, 30) });
        Assert.Equal(new ValueRange(0, 20), settings.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Contains(settings.Problems, p => p.Contains("outside [0, 20]", StringComparison.Ordinal));

        var mismatch = DeviceCustomization.Build(Vibrator, new UserDeviceSettings { Features = [new UserFeatureEntry()] });
        Assert.Contains(mismatch.Problems, p => p.Contains("1 features but the model has 3", StringComparison.Ordinal));
    }

    [Fact]
    public void New_devices_get_the_lowest_free_index_which_survives_a_restart()
    {
        var path = _dir.File("new.json");
        var first = Open(path);
        Assert.Equal(0u, first.Claim(new UserDeviceKey("testdevice", "TST-A", "A"), Vibrator, _ => false).Index);
        Assert.Equal(2u, first.Claim(new UserDeviceKey("testdevice", "TST-B", "B"), Vibrator, i => i == 1).Index);
        Assert.Equal(1u, first.Claim(new UserDeviceKey("testdevice", "TST-C", "C"), Vibrator, _ => false).Index);

        var restarted = Open(path);
        Assert.Equal(2u, restarted.Claim(new UserDeviceKey("testdevice", "TST-B", "B"), Vibrator, _ => false).Index);
        Assert.Equal(0u, restarted.Claim(new UserDeviceKey("testdevice", "TST-A", "A"), Vibrator, _ => false).Index);
        Assert.False(File.Exists(path + ".tmp"));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public void Deny_and_allow_follow_the_reference()
    {
        var path = _dir.File("allow.json");
        File.WriteAllText(path, Entries(("A", false, true), ("B", false, false)));
        var config = Open(path);
        Assert.False(config.IsAllowed("A", out var reason));
        Assert.Contains("denied", reason, StringComparison.Ordinal);
        Assert.True(config.IsAllowed("B", out _));
        Assert.True(config.IsAllowed("other", out _));

        File.WriteAllText(path, Entries(("A", true, false), ("B", false, false)));
        config = Open(path);
        Assert.True(config.IsAllowed("A", out _));
        Assert.False(config.IsAllowed("B", out reason));
        Assert.Contains("allow list", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\": {\"major\": 4, \"minor\": 0},\n  \"user_configs\": { \"devices\": [ }", "line 2")]
    [InlineData("{\"version\": {\"major\": 4, \"minor\": 0}, \"user_configs\": {\"devices\": [{\"identifier\": 5}]}}", "line 1")]
    [InlineData("{\"version\": {\"major\": 3, \"minor\": 0}}", "not a v4 user device config")]
    public void A_file_that_cannot_be_read_is_reported_with_its_path_and_position_and_never_written(string text, string expected)
    {
        var path = _dir.File("broken.json");
        File.WriteAllText(path, text);
        var config = Open(path);
        var error = _logs.Lines.Single(l => l.Level == LogLevel.Error).Message;
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("left untouched", error, StringComparison.Ordinal);

        Assert.Equal(0u, config.Claim(new UserDeviceKey("testdevice", "TST-A", "A"), Vibrator, _ => false).Index);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void The_older_top_level_protocols_shape_still_adds_specifiers()
    {
        var path = _dir.File("old.json");
        File.WriteAllText(path, """{"protocols":{"tcode-v03":{"communication":[{"serial":{"port":"/dev/ttyACM0","baud_rate":9600}}]}}}""");
        var serial = Assert.Single(Open(path).ExtraSpecifiers("tcode-v03")).Serial!;
        Assert.Equal("/dev/ttyACM0", serial.Port);
        Assert.Equal(9600, serial.BaudRate);
        Assert.Equal(8, serial.DataBits);
    }

    private static DeviceCustomization Customize(OutputType type, int feature, UserOutputSettings setting, params (OutputType Type, UserOutputSettings Setting)[] more)
    {
        var entries = Vibrator.Select(_ => new UserFeatureEntry()).ToList();
        entries[feature].Output = new() { [type] = setting };
        foreach (var (t, s) in more)
            entries[feature].Output![t] = s;
        return DeviceCustomization.Build(Vibrator, new UserDeviceSettings { Features = entries });
    }

    private static string Entries(params (string Address, bool Allow, bool Deny)[] devices)
    {
        var list = new JsonArray();
        uint index = 0;
        foreach (var (address, allow, deny) in devices)
        {
            list.Add(new JsonObject
            {
                ["identifier"] = new JsonObject { ["protocol"] = "testdevice", ["identifier"] = null, ["address"] = address },
                ["config"] = new JsonObject
                {
                    ["id"] = Guid.NewGuid().ToString(), ["base_id"] = Guid.NewGuid().ToString(), ["features"] = new JsonArray(),
                    ["user_config"] = new JsonObject { ["allow"] = allow, ["deny"] = deny, ["index"] = index++ },
                },
            });
        }
        return new JsonObject { ["version"] = new JsonObject { ["major"] = 4, ["minor"] = 0 }, ["user_configs"] = new JsonObject { ["devices"] = list } }.ToJsonString();
    }

    public void Dispose() => _dir.Dispose();
}
