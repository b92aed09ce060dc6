using System.Runtime.CompilerServices;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Protocol.Descriptions;

/// <summary>
/// <see cref="LegacyAttributes"/> built once per device description rather than per command (the hot
/// path's legacy commands look them up for every message). A <see cref="DeviceInfo"/> never changes
/// once its device connected, so its lists never do; read them, never change them.
/// </summary>
internal static class LegacyAttributeCache
{
    /// <summary>A device's legacy lists, and its vibrators (which <see cref="LegacyAttributes.Vibrate"/> builds anew on every call).</summary>
    internal sealed class Entry(LegacyAttributes attributes)
    {
        public LegacyAttributes Attributes { get; } = attributes;

        public List<LegacyOutput> Vibrate { get; } = attributes.Vibrate;
    }

    private static readonly ConditionalWeakTable<DeviceInfo, Entry> Entries = [];

    public static Entry For(DeviceInfo device) =>
        Entries.TryGetValue(device, out var entry) ? entry : Entries.GetValue(device, d => new Entry(LegacyAttributes.For(d)));

    /// <summary>The feature with <paramref name="index"/>, as <see cref="DeviceInfo.Feature"/> finds it, without a closure.</summary>
    public static FeatureDefinition? Feature(DeviceInfo device, uint index)
    {
        var features = device.Features;
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i].Index == index)
                return features[i];
        }
        return null;
    }
}
