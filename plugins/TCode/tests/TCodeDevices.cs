using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.TCode.Tests;

/// <summary>Handlers for the built-in model and for user configurations.</summary>
internal static class TCodeDevices
{
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
