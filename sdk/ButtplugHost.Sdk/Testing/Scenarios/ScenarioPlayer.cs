using System.Globalization;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>
/// Plays a <see cref="Scenario"/> against a protocol the way the host drives one: connects a
/// <see cref="MemoryHardware"/> with the scenario's identity (scripted with its reads and replies),
/// identifies, resolves and initialises the handler (<see cref="ProtocolTestDevice"/>), then runs each
/// step — passing only output values that changed, as the host's engine does — and compares what the
/// device received with the step's expectations. Independent of any test framework: a mismatch throws
/// <see cref="ScenarioMismatchException"/> naming the step with expected and actual bytes in hex.
/// </summary>
/// <example>
/// <code>
/// var clock = new FakeTimeProvider();
/// var player = new ScenarioPlayer(ScenarioProtocols.FromPlugin(new MyPlugin(), clock)) { Time = clock, Advance = clock.Advance };
/// await player.PlayFileAsync("scenarios/my-toy.json");
/// </code>
/// </example>
public sealed class ScenarioPlayer
{
    private readonly Func<string, IProtocol?> _protocols;

    /// <summary>Creates a player that finds a scenario's protocol by name with <paramref name="protocols"/> (null: unknown).</summary>
    public ScenarioPlayer(Func<string, IProtocol?> protocols)
    {
        _protocols = protocols;
    }

    /// <summary>Creates a player for the given protocols, found by <see cref="IProtocol.Name"/>.</summary>
    public ScenarioPlayer(IEnumerable<IProtocol> protocols)
    {
        var list = protocols.ToList();
        _protocols = name => list.FirstOrDefault(p => p.Name == name);
    }

    /// <summary>The clock the device's recorded operations are stamped with; give the protocols the same one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Moves the protocols' clock forward, for <see cref="ScenarioStep.Advance"/> steps (e.g. <c>FakeTimeProvider.Advance</c>).</summary>
    public Action<TimeSpan>? Advance { get; init; }

    /// <summary>How long an input read may take before the step fails.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Reads and plays the scenario in <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioFormatException">The file is malformed.</exception>
    /// <exception cref="ScenarioMismatchException">The protocol did something else.</exception>
    public Task PlayFileAsync(string path, CancellationToken cancellationToken = default) =>
        PlayAsync(ScenarioFile.Load(path), cancellationToken);

    /// <summary>Plays <paramref name="scenario"/>.</summary>
    /// <exception cref="ScenarioFormatException">The scenario is malformed or names an unknown protocol.</exception>
    /// <exception cref="ScenarioMismatchException">The protocol did something else.</exception>
    public async Task PlayAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        var title = Title(scenario);
        var protocol = _protocols(scenario.Protocol)
            ?? throw new ScenarioFormatException($"{title}: no protocol named \"{scenario.Protocol}\".");
        var hardware = CreateHardware(scenario, protocol, Time, title);
        foreach (var (exchange, i) in scenario.Init.Select((e, i) => (e, i)))
            Script(hardware, exchange, $"{title}, init[{i}]");

        var definition = Definition(scenario, protocol, title);
        ProtocolTestDevice device;
        try
        {
            device = await ProtocolTestDevice.ConnectAsync(protocol, hardware, definition, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ScenarioMismatchException($"{title}: connecting failed: {e.GetType().Name}: {e.Message}\n{Received(hardware)}", e);
        }
        await using (device)
        {
            if (scenario.Model is { } model && device.Model.Name != model)
                throw new ScenarioMismatchException($"{title}: the device resolved to model \"{device.Model.Name}\", expected \"{model}\".");
            Compare(scenario.Init, hardware, $"{title}, initialisation");
            var state = new EngineState();
            for (var i = 0; i < scenario.Steps.Count; i++)
            {
                var step = scenario.Steps[i];
                var where = $"{title}, step {i + 1}{(step.Note is null ? "" : $" ({step.Note})")}";
                await PlayStepAsync(device, step, state, where, cancellationToken);
            }
        }
    }

    private async Task PlayStepAsync(ProtocolTestDevice device, ScenarioStep step, EngineState state, string where, CancellationToken cancellationToken)
    {
        var hardware = device.Hardware;
        foreach (var (exchange, j) in step.Expect.Select((e, j) => (e, j)))
            Script(hardware, exchange, $"{where}, expect[{j}]");
        var readings = new List<InputReading>();
        void OnReading(object? sender, InputReading reading)
        {
            lock (readings)
                readings.Add(reading);
        }
        device.Handler.InputReadingReceived += OnReading;
        hardware.ClearOperations();
        try
        {
            await RunActionAsync(device, step, state, where, cancellationToken);
        }
        catch (Exception e) when (e is not (ScenarioMismatchException or ScenarioFormatException or OperationCanceledException))
        {
            throw new ScenarioMismatchException($"{where}: the protocol failed: {e.GetType().Name}: {e.Message}\n{Received(hardware)}", e);
        }
        finally
        {
            device.Handler.InputReadingReceived -= OnReading;
        }
        Compare(step.Expect, hardware, where);
        if (step.Readings is { } expected)
        {
            List<string> actual;
            lock (readings)
                actual = [.. readings.Select(r => Show(r.FeatureIndex, r.Type, r.Value))];
            CompareLists(where, "readings", [.. expected.Select(r => Show(r.Feature, r.Input, r.Value))], actual);
        }
    }

    private async Task RunActionAsync(ProtocolTestDevice device, ScenarioStep step, EngineState state, string where, CancellationToken cancellationToken)
    {
        var actions = new object?[] { step.Output, step.Vibrate, step.Rotate, step.Linear, step.Scalar, step.Read, step.Subscribe, step.Unsubscribe, step.Notify, step.Advance }.Count(a => a is not null) + (step.Stop ? 1 : 0);
        if (actions != 1)
            throw new ScenarioFormatException($"{where}: a step has exactly one action (output, vibrate, rotate, linear, scalar, stop, read, subscribe, unsubscribe, notify or advance); this one has {actions}.");
        var handler = device.Handler;
        var features = device.Model.Features;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        if (step.Stop)
        {
            await ExecuteAsync(handler.HandleStop(), device.Hardware, timeout.Token);
            state.Stopped(features);
        }
        else if (step.Read is { } read)
        {
            var feature = InputFeature(features, read, where);
            int value;
            try
            {
                value = await handler.ReadInputAsync(feature, read.Input, timeout.Token).WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ScenarioMismatchException($"{where}: reading {read.Input} of feature {feature} did not finish within {Timeout.TotalSeconds:0.#} s.\n{Received(device.Hardware)}");
            }
            if (step.Value is { } expected && value != expected)
                throw new ScenarioMismatchException($"{where}: read {read.Input} of feature {feature} = {value}, expected {expected}.");
        }
        else if (step.Subscribe is { } subscribe)
        {
            await handler.SubscribeInputAsync(InputFeature(features, subscribe, where), subscribe.Input, timeout.Token);
        }
        else if (step.Unsubscribe is { } unsubscribe)
        {
            await handler.UnsubscribeInputAsync(InputFeature(features, unsubscribe, where), unsubscribe.Input, timeout.Token);
        }
        else if (step.Notify is { } notifications)
        {
            foreach (var (n, k) in notifications.Select((n, k) => (n, k)))
                device.Hardware.Notify(n.Endpoint, ScenarioBytes.Of(n.Hex, n.Text, $"{where}, notify[{k}]"));
        }
        else if (step.Advance is { } ms)
        {
            if (Advance is null)
                throw new ScenarioFormatException($"{where}: an advance step needs a player with a fake clock (ScenarioPlayer.Advance).");
            Advance(TimeSpan.FromMilliseconds(ms));
        }
        else
        {
            var changed = state.Changed(EngineTranslation.Outputs(step, features, where));
            if (changed.Count > 0)
            {
                await ExecuteAsync(handler.HandleOutputs(changed), device.Hardware, timeout.Token);
                state.Sent(changed);
            }
        }
    }

    private static async Task ExecuteAsync(IReadOnlyList<HardwareCommand> commands, IHardware hardware, CancellationToken cancellationToken)
    {
        foreach (var command in commands)
            await command.ExecuteAsync(hardware, cancellationToken);
    }

    private static int InputFeature(IReadOnlyList<FeatureDefinition> features, ScenarioInput input, string where)
    {
        if (input.Feature is { } index)
            return index;
        return features.OrderBy(f => f.Index).FirstOrDefault(f => f.Input?.ContainsKey(input.Input) == true)?.Index
            ?? throw new ScenarioMismatchException($"{where}: the model has no feature with a {input.Input} input.");
    }

    private static ProtocolDefinition Definition(Scenario scenario, IProtocol protocol, string title)
    {
        if (scenario.Definition is not { } json)
            return protocol.Definition;
        try
        {
            var definitions = DefinitionFile.Parse(json.GetRawText());
            return definitions.SingleOrDefault(d => d.Name == protocol.Name)
                ?? throw new ScenarioFormatException($"{title}: the definition has no protocol \"{protocol.Name}\".");
        }
        catch (Exception e) when (e is not ScenarioFormatException)
        {
            throw new ScenarioFormatException($"{title}: the definition is not valid: {e.Message}", e);
        }
    }

    private static MemoryHardware CreateHardware(Scenario scenario, IProtocol protocol, TimeProvider time, string title)
    {
        var manufacturerData = new Dictionary<ushort, byte[]>();
        foreach (var (company, hex) in scenario.Device.ManufacturerData ?? [])
        {
            if (!ushort.TryParse(company, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                throw new ScenarioFormatException($"{title}: manufacturer data company id \"{company}\" is not a number 0-65535.");
            manufacturerData[id] = ScenarioBytes.Of(hex, null, $"{title}, manufacturerData {company}");
        }
        var identity = new DeviceIdentity
        {
            Transport = "scenario",
            Bus = BusKind.BluetoothLE,
            Address = scenario.Device.Address,
            Name = scenario.Device.Name,
            ManufacturerData = manufacturerData,
        };
        return new MemoryHardware(identity, scenario.Device.Endpoints ?? ProtocolTestDevice.DefinedEndpoints(protocol.Definition), time);
    }

    // Sets up the device's side of an exchange: what a read returns, what a write is answered with.
    private static void Script(MemoryHardware hardware, ScenarioExchange exchange, string where)
    {
        var (kind, endpoint) = KindOf(exchange, where);
        if (kind == HardwareOperationKind.Read)
            hardware.SetReadValue(endpoint, ScenarioBytes.Of(exchange.Hex, exchange.Text, where));
        if (kind == HardwareOperationKind.Write && exchange.Reply is { } reply)
            hardware.AddReply(new ScriptedReply(endpoint, ScenarioBytes.Of(exchange.Hex, exchange.Text, where), reply.Endpoint,
                ScenarioBytes.Of(reply.Hex, reply.Text, where + ", reply")));
        if (kind == HardwareOperationKind.Subscribe && exchange.Reply is { } announcement)
            NotifyOnceSubscribed(hardware, endpoint, announcement.Endpoint, ScenarioBytes.Of(announcement.Hex, announcement.Text, where + ", reply"));
    }

    // The device sends data as soon as the endpoint is subscribed (once).
    private static void NotifyOnceSubscribed(MemoryHardware hardware, string endpoint, string replyEndpoint, byte[] data)
    {
        var sent = 0;
        void OnOperation(object? sender, HardwareOperation op)
        {
            if (op.Kind != HardwareOperationKind.Subscribe || op.Endpoint != endpoint || Interlocked.Exchange(ref sent, 1) != 0)
                return;
            hardware.OperationRecorded -= OnOperation;
            hardware.Notify(replyEndpoint, data);
        }
        hardware.OperationRecorded += OnOperation;
    }

    private static (HardwareOperationKind Kind, string Endpoint) KindOf(ScenarioExchange exchange, string where)
    {
        var kinds = new (HardwareOperationKind Kind, string? Endpoint)[]
        {
            (HardwareOperationKind.Write, exchange.Write),
            (HardwareOperationKind.Read, exchange.Read),
            (HardwareOperationKind.Subscribe, exchange.Subscribe),
            (HardwareOperationKind.Unsubscribe, exchange.Unsubscribe),
        }.Where(k => k.Endpoint is not null).ToList();
        if (kinds.Count != 1)
            throw new ScenarioFormatException($"{where}: an exchange is exactly one of write, read, subscribe or unsubscribe (with its endpoint); this one has {kinds.Count}.");
        return (kinds[0].Kind, kinds[0].Endpoint!);
    }

    private static void Compare(IReadOnlyList<ScenarioExchange> expected, MemoryHardware hardware, string where)
    {
        var wanted = expected.Select((e, i) => Show(e, $"{where}, expect[{i}]")).ToList();
        CompareLists(where, "operations on the device", wanted, Actual(hardware));
    }

    private static List<string> Actual(MemoryHardware hardware) =>
        [.. hardware.Operations.Where(o => o.Kind is HardwareOperationKind.Write or HardwareOperationKind.Read or HardwareOperationKind.Subscribe or HardwareOperationKind.Unsubscribe).Select(Show)];

    private static void CompareLists(string where, string what, List<string> expected, List<string> actual)
    {
        if (expected.SequenceEqual(actual, StringComparer.Ordinal))
            return;
        var first = Enumerable.Range(0, Math.Max(expected.Count, actual.Count))
            .First(i => i >= expected.Count || i >= actual.Count || expected[i] != actual[i]);
        throw new ScenarioMismatchException(
            $"{where}: the {what} differ at #{first + 1}:\n" +
            $"  expected: {(first < expected.Count ? expected[first] : "(nothing more)")}\n" +
            $"  actual:   {(first < actual.Count ? actual[first] : "(nothing more)")}\n" +
            $"expected ({expected.Count}):\n{List(expected)}\nactual ({actual.Count}):\n{List(actual)}");
    }

    private static string List(List<string> items) => items.Count == 0 ? "  (nothing)" : string.Join("\n", items.Select(i => "  " + i));

    private static string Received(MemoryHardware hardware) => $"the device received ({Actual(hardware).Count}):\n{List(Actual(hardware))}";

    private static string Show(ScenarioExchange e, string where)
    {
        var (kind, endpoint) = KindOf(e, where);
        return kind switch
        {
            HardwareOperationKind.Write => $"write {endpoint} {ScenarioBytes.Show(ScenarioBytes.Of(e.Hex, e.Text, where))}{(e.Ack ? " (ack)" : "")}",
            HardwareOperationKind.Read => $"read {endpoint}",
            HardwareOperationKind.Subscribe => $"subscribe {endpoint}",
            _ => $"unsubscribe {endpoint}",
        };
    }

    private static string Show(HardwareOperation o) => o.Kind switch
    {
        HardwareOperationKind.Write => $"write {o.Endpoint} {ScenarioBytes.Show(o.Data ?? [])}{(o.WithResponse ? " (ack)" : "")}",
        HardwareOperationKind.Read => $"read {o.Endpoint}",
        HardwareOperationKind.Subscribe => $"subscribe {o.Endpoint}",
        _ => $"unsubscribe {o.Endpoint}",
    };

    private static string Show(int feature, InputType type, int value) => $"feature {feature} {type} = {value}";

    private static string Title(Scenario scenario) =>
        (scenario.FilePath is { } path ? Path.GetFileName(path) : "scenario") + (scenario.Description is { } d ? $" ({d})" : "");
}
