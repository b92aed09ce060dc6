using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>How a stateless Svakom variant turns one output into a packet of its own.</summary>
/// <param name="Types">The output types the variant accepts (on any feature).</param>
/// <param name="WithResponse">Whether packets are written with response.</param>
/// <param name="Build">The packet for a command; its value is already checked to fit a byte.</param>
internal sealed record FeaturePacketFormat(IReadOnlySet<OutputType> Types, bool WithResponse, Func<OutputCommand, byte[]> Build);
