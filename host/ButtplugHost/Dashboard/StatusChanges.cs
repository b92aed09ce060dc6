using ButtplugHost.Devices;
using ButtplugHost.Plugins;
using ButtplugHost.Server;

namespace ButtplugHost.Dashboard;

/// <summary>
/// One signal for "something the status page shows changed": devices, outputs, readings, clients,
/// plugins, buses, the log. <see cref="Next"/> completes at the next change after it was read.
/// </summary>
internal sealed class StatusChanges
{
    private readonly object _gate = new();
    private TaskCompletionSource? _next;

    public StatusChanges(DeviceManager devices, PluginCatalog catalog, ClientEndpointService endpoint, DeviceReadings readings, RecentLog log, Session.Approval.ClientApprovals approvals)
    {
        approvals.Changed += Signal;
        devices.DeviceAdded += d =>
        {
            d.OutputsWritten += _ => Signal();
            Signal();
        };
        devices.DeviceRemoved += _ => Signal();
        devices.BusesChanged += Signal;
        devices.Owners.Changed += Signal;
        catalog.PluginAdded += _ => Signal();
        catalog.PluginRemoving += _ => Signal();
        endpoint.ClientsChanged += Signal;
        readings.Changed += Signal;
        log.Changed += Signal;
    }

    /// <summary>Completes at the next change.</summary>
    public Task Next
    {
        get
        {
            lock (_gate)
                return (_next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    // Called on every device write and every command: allocates only when someone waits (the page open).
    private void Signal()
    {
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            waiting = _next;
            _next = null;
        }
        waiting?.TrySetResult();
    }
}
