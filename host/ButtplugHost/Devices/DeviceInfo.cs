using ButtplugHost.Devices.UserConfig;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices;

/// <summary>What a client may know of a connected device: the one model every message version is built from.</summary>
/// <param name="Index">The device index (stable across reconnects of the same address).</param>
/// <param name="Name">Display name from the device definition.</param>
/// <param name="DisplayName">A user-chosen name, if any.</param>
/// <param name="MessageGapMs">Minimum time between writes, enforced by the server.</param>
/// <param name="Features">Features with outputs or inputs, by index.</param>
/// <param name="Endpoints">The hardware endpoints (for raw commands).</param>
/// <param name="OutputMap">The user's output limits: how the client's values (in <paramref name="Features"/>' ranges) become device values.</param>
internal sealed record DeviceInfo(uint Index, string Name, string? DisplayName, uint MessageGapMs, IReadOnlyList<FeatureDefinition> Features, IReadOnlyList<string> Endpoints, DeviceOutputMap? OutputMap = null)
{
    public FeatureDefinition? Feature(uint index) => Features.FirstOrDefault(f => f.Index == index);
}
