using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.MagicMotion;

/// <summary>
/// A write together with the device setting it overwrites (its slot): a motor, or a packet that
/// carries several motors. A later write to the same slot makes an earlier one pointless.
/// </summary>
/// <param name="Slot">Name of the setting written.</param>
/// <param name="Command">The write.</param>
internal sealed record SlotWrite(string Slot, HardwareCommand Command);
