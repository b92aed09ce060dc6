using System.Runtime.CompilerServices;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Protocol.Fast;

/// <summary>
/// The checked commands a session sent lately, by what the client asked for: a client streaming
/// values mostly repeats a few, and an <see cref="OutputCommand"/> (an immutable SDK record) can be
/// handed to the device again instead of a new one per message. Two-way set-associative: a miss just builds it.
/// </summary>
internal sealed class CommandCache
{
    private const int Size = 512;
    private readonly Entry[] _entries = new Entry[Size];

    private struct Entry
    {
        public DeviceInfo? Device;
        public int Feature;
        public OutputType Type;
        public int Value;
        public uint? Duration;
        public OutputCommand Command;
    }

    /// <summary>The device command for a checked client value (the user's output limits applied), as <see cref="Handlers.OutputHandlers.Check"/> builds it.</summary>
    public OutputCommand Get(DeviceInfo device, int feature, OutputType type, int value, uint? duration)
    {
        // Two ways per set: values that land on the same set do not keep evicting each other.
        var set = HashCode.Combine(RuntimeHelpers.GetHashCode(device), feature, type, value, duration) & (Size - 2);
        for (var way = set; way < set + 2; way++)
        {
            ref var entry = ref _entries[way];
            if (ReferenceEquals(entry.Device, device) && entry.Feature == feature && entry.Type == type && entry.Value == value && entry.Duration == duration)
                return entry.Command;
        }
        var command = new OutputCommand(feature, type, value, duration);
        command = device.OutputMap?.ToDevice(command) ?? command;
        // The older of the two makes way.
        _entries[set + 1] = _entries[set];
        _entries[set] = new Entry { Device = device, Feature = feature, Type = type, Value = value, Duration = duration, Command = command };
        return command;
    }
}
