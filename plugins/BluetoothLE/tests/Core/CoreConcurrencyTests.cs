using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>Several devices at once.</summary>
public class CoreConcurrencyTests : FakeStack
{
    private static DeviceIdentity Identity(string address) => new() { Transport = "btle", Bus = BusKind.BluetoothLE, Address = address, Name = "LVS-Z36" };

    [Fact]
    public async Task Two_devices_connecting_at_once_both_connect_and_keep_their_own_notifications()
    {
        await StartAsync();
        const string first = "C4:4F:33:00:00:01";
        const string second = "C4:4F:33:00:00:02";
        Adapter.Devices[first] = FakeDevice.Lovense(first);
        Adapter.Devices[second] = FakeDevice.Lovense(second);
        // Hold both connections inside the OS call until both are in it: proves they are not serialised.
        var bothInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inside = 0;
        Adapter.BeforeConnect = async (_, token) =>
        {
            if (Interlocked.Increment(ref inside) == 2)
                bothInside.TrySetResult();
            await bothInside.Task.WaitAsync(token);
        };

        var connections = await Task.WhenAll(
            Task.Run(() => Transport.ConnectAsync(Identity(first), TestDevices.Lovense(), CancellationToken.None)),
            Task.Run(() => Transport.ConnectAsync(Identity(second), TestDevices.Lovense(), CancellationToken.None))).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(2, Adapter.MaxConnectsInFlight);

        var a = connections.Single(h => h.Identity.Address == first);
        var b = connections.Single(h => h.Identity.Address == second);
        await a.SubscribeAsync("rx", CancellationToken.None);
        await b.SubscribeAsync("rx", CancellationToken.None);
        var seenByA = new List<string>();
        var seenByB = new List<string>();
        a.Notification += (_, n) => { lock (seenByA) seenByA.Add(System.Text.Encoding.ASCII.GetString(n.Data)); };
        b.Notification += (_, n) => { lock (seenByB) seenByB.Add(System.Text.Encoding.ASCII.GetString(n.Data)); };

        await a.WriteAsync("tx", FakeDevice.Ascii("Battery;"), false, CancellationToken.None);
        await b.WriteAsync("tx", FakeDevice.Ascii("DeviceType;"), false, CancellationToken.None);
        Assert.Equal(["85;"], seenByA);
        Assert.Equal(["Z:11:0082059AD3BD;"], seenByB);

        // One vanishing leaves the other connected.
        var connectionA = Adapter.Connections.Single(c => c.Device.Address == first);
        connectionA.Lose("out of range");
        await Assert.ThrowsAsync<HardwareException>(() => a.WriteAsync("tx", FakeDevice.Ascii("x"), false, CancellationToken.None));
        await b.WriteAsync("tx", FakeDevice.Ascii("Vibrate:3;"), false, CancellationToken.None);
    }

    [Fact]
    public async Task The_same_device_connecting_twice_at_once_is_refused_the_second_time()
    {
        await StartAsync();
        Adapter.Devices[TestDevices.Address] = FakeDevice.Lovense(TestDevices.Address);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Adapter.BeforeConnect = (_, token) => release.Task.WaitAsync(token);

        var firstAttempt = Transport.ConnectAsync(Identity(TestDevices.Address), TestDevices.Lovense(), CancellationToken.None);
        var error = await Assert.ThrowsAsync<HardwareException>(() => Transport.ConnectAsync(Identity(TestDevices.Address), TestDevices.Lovense(), CancellationToken.None));
        Assert.Contains("already connected or connecting", error.Message, StringComparison.Ordinal);
        release.SetResult();
        await firstAttempt.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
