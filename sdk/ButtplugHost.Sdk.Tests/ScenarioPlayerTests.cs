using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Testing.Scenarios;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Sdk.Tests;

/// <summary>
/// The scenario player passes the example scenario (scenarios/toy.json) and fails, with a message
/// naming the step and showing expected and actual bytes, on every kind of difference.
/// </summary>
public class ScenarioPlayerTests
{
    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "scenarios", "toy.json");

    private readonly FakeTimeProvider _clock = new();

    private ScenarioPlayer Player() =>
        new(ScenarioProtocols.FromPlugin(new ToyPlugin(), _clock)) { Time = _clock, Advance = _clock.Advance };

    private static Scenario Example() => ScenarioFile.Load(ExamplePath);

    private async Task<string> FailsAsync(Scenario scenario) =>
        (await Assert.ThrowsAsync<ScenarioMismatchException>(() => Player().PlayAsync(scenario))).Message;

    private async Task<string> IsMalformedAsync(Scenario scenario) =>
        (await Assert.ThrowsAsync<ScenarioFormatException>(() => Player().PlayAsync(scenario))).Message;

    [Fact]
    public async Task The_example_plays()
    {
        await Player().PlayFileAsync(ExamplePath);
    }

    [Fact]
    public async Task Wrong_bytes_fail_naming_the_step_with_expected_and_actual_hex()
    {
        var scenario = Example();
        scenario.Steps[0].Expect[1].Hex = "10 03 04";

        var message = await FailsAsync(scenario);

        Assert.Contains("toy.json (Toy: one of every step kind), step 1: the operations on the device differ at #2:", message, StringComparison.Ordinal);
        Assert.Contains("  expected: write tx 10 03 04\n", message, StringComparison.Ordinal);
        Assert.Contains("  actual:   write tx 10 03 03\n", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_that_never_comes_fails()
    {
        var scenario = Example();
        scenario.Steps[1].Expect.Add(new ScenarioExchange { Write = "tx", Hex = "10 00 0a" });

        var message = await FailsAsync(scenario);

        Assert.Contains("step 2 (unchanged values never reach the protocol): the operations on the device differ at #1:", message, StringComparison.Ordinal);
        Assert.Contains("  actual:   (nothing more)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_not_expected_fails()
    {
        var scenario = Example();
        scenario.Steps[2].Expect.Clear();

        var message = await FailsAsync(scenario);

        Assert.Contains("step 3: the operations on the device differ at #1:\n  expected: (nothing more)\n  actual:   write tx 20 fd", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unacknowledged_write_is_not_an_acknowledged_one()
    {
        var scenario = Example();
        scenario.Init[1].Ack = false;

        var message = await FailsAsync(scenario);

        Assert.Contains("initialisation: the operations on the device differ at #2:\n  expected: write tx 01\n  actual:   write tx 01 (ack)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_bytes_are_shown_as_text_too()
    {
        var scenario = Example();
        scenario.Steps[0].Expect[0] = new ScenarioExchange { Write = "tx", Text = "Vibrate:10;" };

        var message = await FailsAsync(scenario);

        Assert.Contains("  expected: write tx 56 69 62 72 61 74 65 3a 31 30 3b \"Vibrate:10;\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_model_fails()
    {
        var scenario = Example();
        scenario.Model = "Toy Mini";

        Assert.Contains("resolved to model \"Toy\", expected \"Toy Mini\"", await FailsAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handshake_without_its_answer_fails_at_connecting()
    {
        var scenario = Example();
        scenario.Init[1].Reply!.Text = "NO";

        var message = await FailsAsync(scenario);

        Assert.Contains("connecting failed: ProtocolException: No OK.", message, StringComparison.Ordinal);
        Assert.Contains("write tx 01 (ack)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_read_value_fails()
    {
        var scenario = Example();
        scenario.Steps[^1].Value = 91;

        Assert.Contains("step 10: read Battery of feature 4 = 90, expected 91.", await FailsAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keep_alive_that_is_not_due_yet_fails()
    {
        var scenario = Example();
        scenario.Steps[6].Advance = 999;

        var message = await FailsAsync(scenario);

        Assert.Contains("step 7 (the keep-alive repeats the last packet after a quiet second)", message, StringComparison.Ordinal);
        Assert.Contains("  actual:   (nothing more)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readings_are_compared()
    {
        var scenario = Example();
        scenario.Steps.Add(new ScenarioStep { Subscribe = new ScenarioInput { Input = InputType.Battery }, Expect = [new ScenarioExchange { Write = "tx", Hex = "b1" }] });
        scenario.Steps.Add(new ScenarioStep
        {
            Notify = [new ScenarioNotification { Hex = "50" }],
            Readings = [new ScenarioReading { Feature = 4, Input = InputType.Battery, Value = 80 }],
        });
        await Player().PlayAsync(scenario);

        scenario.Steps[^1].Readings![0].Value = 81;
        var message = await FailsAsync(scenario);

        Assert.Contains("step 12: the readings differ at #1:\n  expected: feature 4 Battery = 81\n  actual:   feature 4 Battery = 80", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legacy_indexes_count_outputs_of_their_kind()
    {
        var scenario = Example();
        scenario.Steps[2].Rotate![0].Index = 1;

        Assert.Contains("step 3 rotate[0]: index 1 is out of range: the model has 1 bidirectional rotators.", await FailsAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_outside_a_range_are_refused_as_the_engine_refuses_them()
    {
        var scenario = Example();
        scenario.Steps[5].Output![0].Value = 21;

        Assert.Contains("step 6 output[0]: Vibrate value 21 is outside feature 0's range [0, 20].", await FailsAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_protocol_that_throws_fails_the_step()
    {
        var scenario = Example();
        // The toy protocol needs a duration for a position.
        scenario.Steps.Insert(0, new ScenarioStep { Output = [new ScenarioOutput { Feature = 2, Type = OutputType.HwPositionWithDuration, Value = 1 }] });

        Assert.Contains("step 1: the protocol failed: InvalidOperationException", await FailsAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_has_exactly_one_action()
    {
        var scenario = Example();
        scenario.Steps[0].Stop = true;
        Assert.Contains("step 1: a step has exactly one action", await IsMalformedAsync(scenario), StringComparison.Ordinal);

        scenario = Example();
        scenario.Steps[0].Vibrate = null;
        Assert.Contains("this one has 0", await IsMalformedAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_bytes_and_exchanges_are_reported()
    {
        var scenario = Example();
        scenario.Steps[0].Expect[0].Hex = "0x10";
        Assert.Contains("step 1, expect[0]: \"0x10\" is not hex bytes", await IsMalformedAsync(scenario), StringComparison.Ordinal);

        scenario = Example();
        scenario.Steps[0].Expect[0].Read = "rx";
        Assert.Contains("an exchange is exactly one of write, read, subscribe or unsubscribe", await IsMalformedAsync(scenario), StringComparison.Ordinal);

        scenario = Example();
        scenario.Steps[0].Expect[0].Text = "x";
        Assert.Contains("give the bytes as hex or as text, not both", await IsMalformedAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_protocol_is_reported()
    {
        var scenario = Example();
        scenario.Protocol = "nope";
        Assert.Contains("no protocol named \"nope\"", await IsMalformedAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advancing_needs_a_fake_clock()
    {
        var player = new ScenarioPlayer(ScenarioProtocols.FromPlugin(new ToyPlugin(), _clock));
        var e = await Assert.ThrowsAsync<ScenarioFormatException>(() => player.PlayAsync(Example()));
        Assert.Contains("step 7 (the keep-alive repeats the last packet after a quiet second): an advance step needs a player with a fake clock", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_and_bad_json_are_reported_with_the_file()
    {
        var e = Assert.Throws<ScenarioFormatException>(() => ScenarioFile.Parse("""{ "protocol": "toy", "stpes": [] }""", "x.json"));
        Assert.StartsWith("x.json: not a valid scenario:", e.Message, StringComparison.Ordinal);
        Assert.Throws<ScenarioFormatException>(() => ScenarioFile.Parse("{", "x.json"));
        Assert.Throws<ScenarioFormatException>(() => ScenarioFile.Parse("""{ "steps": [ { "output": [ { "type": "Wiggle" } ] } ] }"""));
    }

    [Fact]
    public void Scenario_files_are_found_in_order_and_a_missing_folder_has_none()
    {
        var folder = Directory.CreateTempSubdirectory("scenarios").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "b"));
            File.WriteAllText(Path.Combine(folder, "b", "a.json"), "{}");
            File.WriteAllText(Path.Combine(folder, "a.json"), "{}");
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "");
            Assert.Equal([Path.Combine(folder, "a.json"), Path.Combine(folder, "b", "a.json")], ScenarioFile.Find(folder));
            Assert.Empty(ScenarioFile.Find(Path.Combine(folder, "missing")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_definition_in_the_scenario_replaces_the_plugins_models()
    {
        var scenario = ScenarioFile.Parse("""
            { "protocol": "toy", "device": { "name": "Toy Custom" }, "model": "Custom Toy",
              "definition": { "protocols": { "toy": { "defaults": { "name": "Custom Toy",
                "features": [ { "index": 0, "output": { "vibrate": { "value": [0, 10] } } } ] } } } },
              "init": [ { "subscribe": "rx" }, { "write": "tx", "hex": "01", "ack": true, "reply": { "text": "OK" } } ],
              "steps": [ { "vibrate": [ { "index": 0, "speed": 0.5 } ], "expect": [ { "write": "tx", "hex": "10 00 05" } ] },
                         { "vibrate": [ { "index": 1, "speed": 0.5 } ], "expect": [] } ] }
            """, "custom.json");

        Assert.Contains("step 2 vibrate[0]: index 1 is out of range: the model has 1 vibrators.", await FailsAsync(scenario), StringComparison.Ordinal);
        scenario.Steps.RemoveAt(1);
        await Player().PlayAsync(scenario);

        scenario.Definition = System.Text.Json.JsonDocument.Parse("""{ "protocols": { "other": { "defaults": { "name": "x" } } } }""").RootElement;
        Assert.Contains("the definition has no protocol \"toy\"", await IsMalformedAsync(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugins_get_the_clock_through_their_context()
    {
        var protocols = ScenarioProtocols.FromAssembly(typeof(ToyPlugin).Assembly, _clock);
        Assert.Equal(["toy"], protocols.Select(p => p.Name));
        await new ScenarioPlayer(protocols) { Time = _clock, Advance = _clock.Advance }.PlayFileAsync(ExamplePath);
    }
}
