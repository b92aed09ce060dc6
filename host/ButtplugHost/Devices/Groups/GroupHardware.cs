using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Devices.Groups;

/// <summary>
/// A group has no hardware of its own: its writes go to its members through their own schedulers.
/// Endpoint access (raw commands) is refused with a clear message.
/// </summary>
internal sealed class GroupHardware(DeviceIdentity identity) : IHardware
{
    public DeviceIdentity Identity => identity;

    public IReadOnlyCollection<string> Endpoints => [];

    public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken) => throw NoEndpoints();

    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) => throw NoEndpoints();

    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => throw NoEndpoints();

    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => throw NoEndpoints();

#pragma warning disable CS0067 // a group never notifies nor disconnects on its own: the group service removes it
    public event EventHandler<HardwareNotification>? Notification;

    public event EventHandler? Disconnected;
#pragma warning restore CS0067

    public Task DisconnectAsync() => Task.CompletedTask;

    private HardwareException NoEndpoints() => new($"{identity.Name} is a device group: it has no endpoints of its own.");
}
