namespace ButtplugHost.Devices;

/// <summary>
/// Catches a device lost while it is still being connected: its hardware's Disconnected event may come
/// before the device is registered (a flapping toy, a cable pulled during initialisation). Whichever
/// comes second, the loss or the registration, gets the device to remove, so it is never left
/// registered but dead.
/// </summary>
internal sealed class HardwareLoss
{
    private readonly object _gate = new();
    private bool _lost;
    private ConnectedDevice? _device;

    /// <summary>The hardware went away: the device to remove, if it was registered already.</summary>
    public ConnectedDevice? Lost()
    {
        lock (_gate)
        {
            _lost = true;
            return _device;
        }
    }

    /// <summary>The device is registered (and announced): true when its hardware went away before.</summary>
    public bool Registered(ConnectedDevice device)
    {
        lock (_gate)
        {
            _device = device;
            return _lost;
        }
    }
}
