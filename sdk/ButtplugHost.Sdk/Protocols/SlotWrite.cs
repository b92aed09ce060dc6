using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// A hardware command together with the device setting it overwrites (its slot): one motor, or a
/// packet that carries several motors. A later write to the same slot makes an earlier one pointless.
/// See <see cref="SlotWriteBatch"/>.
/// </summary>
/// <param name="Slot">Name of the setting written; the protocol chooses the names.</param>
/// <param name="Command">The command.</param>
public sealed record SlotWrite(string Slot, HardwareCommand Command);
