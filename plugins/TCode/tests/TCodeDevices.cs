using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.TCode.Tests;

/// <summary>Handlers for the built-in model and for user configurations like the reference's tests use.</summary>
internal static class TCodeDevices
{
    /// <summary>The reference test's user configuration: a 0–100 stroker axis and a 0–99 vibrator.</summary>
    public const string LinearAndVibrate = """
        { "protocols": { "tcode-v03": {
            "defaults": { "name": "unused", "features": [] },
            "configurations": [ { "identifier": ["tcode-v03-linear-vibrate"],
              "name": "TCode v0.3 (Single Linear Axis + Single Vibe)",
              "features": [
                { "index": 0, "output": { "hw_position_with_duration": { "value": [0, 100], "duration": [0, 100000] } } },
                { "index": 1, "output": { "vibrate": { "value": [0, 99] } } } ] } ],
            "communication": [ { "serial": { "port": "default" } } ] } } }
        """;

    public static ProtocolHandler Handler(ProtocolDefinition definition, string? identifier = null) =>
        new TCodeProtocol(definition).CreateHandler(new ProtocolDevice(
            MemoryHardware.Create("/dev/ttyUSB0"), definition.Resolve(identifier), NullLogger.Instance));

    public static ProtocolHandler Builtin() => Handler(new TCodeProtocol().Definition);

    public static ProtocolHandler FromJson(string json, string? identifier) =>
        Handler(DefinitionFile.Parse(json).Single(), identifier);

    /// <summary>A device whose features are given as JSON array text.</summary>
    public static ProtocolHandler WithFeatures(string featuresJson) => FromJson(
        $$"""{ "protocols": { "tcode-v03": { "defaults": { "name": "Custom", "features": {{featuresJson}} } } } }""", null);
}
