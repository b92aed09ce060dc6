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
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
    public Task Next => Volatile.Read(ref _next).Task;

    private void Signal() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
