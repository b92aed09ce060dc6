namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>
/// A device test case as data: which device connects (protocol and identity), the exchange of its
/// initialisation, then steps — commands and the exact bytes they must produce. Read from a JSON file
/// by <see cref="ScenarioFile"/>, played by <see cref="ScenarioPlayer"/>. The format is described in
/// docs/scenarios.md.
/// </summary>
public sealed class Scenario
{
    /// <summary>What the case shows; shown in failure messages.</summary>
    public string? Description { get; set; }

    /// <summary>Where the facts come from (e.g. the reference case's file name); informational.</summary>
    public string? Source { get; set; }

    /// <summary>The protocol that serves the device (its definition name, e.g. <c>satisfyer</c>).</summary>
    public string Protocol { get; set; } = "";

    /// <summary>How the device presents itself to the bus.</summary>
    public ScenarioDevice Device { get; set; } = new();

    /// <summary>
    /// A device definition (a <c>devices.json</c> document with this one protocol) whose models replace
    /// the plugin's for this device, as a user's device configuration does; null for the plugin's own.
    /// </summary>
    public System.Text.Json.JsonElement? Definition { get; set; }

    /// <summary>The model name the device must resolve to; not checked when null.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// The initialisation exchange, in order: what the protocol must do to the device from identifying
    /// it to the end of its handshake, with the device's scripted answers.
    /// </summary>
    public List<ScenarioExchange> Init { get; set; } = [];

    /// <summary>The steps after initialisation, in order.</summary>
    public List<ScenarioStep> Steps { get; set; } = [];

    /// <summary>The file the scenario was read from, when it was; for messages.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? FilePath { get; set; }
}
