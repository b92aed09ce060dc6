using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>A connected device as a protocol handler sees it.</summary>
/// <param name="Hardware">The device's endpoints.</param>
/// <param name="Configuration">The resolved model: name, features, timing gap.</param>
/// <param name="Logger">A logger for this device.</param>
public sealed record ProtocolDevice(IHardware Hardware, ResolvedDeviceConfiguration Configuration, ILogger Logger);
