using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// Merges the writes of outputs that take effect together the way the reference server does within
/// its message gap: the writes of the first output added are kept as they are; after that, a write
/// replaces any earlier write to its slot and goes last. A packet that carries every motor is thus
/// sent once, with the latest values. One batch per <see cref="ProtocolHandler.HandleOutputs"/> call.
/// </summary>
public sealed class SlotWriteBatch
{
    private readonly List<SlotWrite> _pending = [];

    /// <summary>Adds the writes one output translated into.</summary>
    public void Add(IEnumerable<SlotWrite> writes)
    {
        if (_pending.Count == 0)
        {
            _pending.AddRange(writes);
            return;
        }
        foreach (var write in writes)
        {
            _pending.RemoveAll(p => p.Slot == write.Slot);
            _pending.Add(write);
        }
    }

    /// <summary>The merged commands, in the order they are to be sent.</summary>
    public IReadOnlyList<HardwareCommand> Commands => [.. _pending.Select(p => p.Command)];
}
