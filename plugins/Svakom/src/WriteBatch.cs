using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>
/// Merges the writes of outputs that take effect together the way the reference server does within
/// its message gap: the first output's writes are kept as they are; after that, a write replaces any
/// earlier write to its slot and goes last. A packet carrying every motor is thus sent once.
/// </summary>
internal sealed class WriteBatch
{
    private readonly List<SlotWrite> _pending = [];

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

    public IReadOnlyList<HardwareCommand> Commands => [.. _pending.Select(p => p.Command)];
}
