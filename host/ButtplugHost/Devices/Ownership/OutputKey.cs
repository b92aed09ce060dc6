using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices.Ownership;

/// <summary>One output of one connected device (the device object, not its index: an index outlives a reconnect).</summary>
internal readonly record struct OutputKey(ConnectedDevice Device, int FeatureIndex, OutputType Type);
