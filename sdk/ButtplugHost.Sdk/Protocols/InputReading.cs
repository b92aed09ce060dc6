using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>A reading of one input of one feature.</summary>
/// <param name="FeatureIndex">The feature.</param>
/// <param name="Type">The input type.</param>
/// <param name="Value">The reading, in the input's range (battery 0–100, RSSI in dBm, …).</param>
public sealed record InputReading(int FeatureIndex, InputType Type, int Value);
