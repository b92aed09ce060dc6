using System.Globalization;
using System.Text;
using ButtplugHost.Devices;
using ButtplugHost.Devices.Ownership;
using ButtplugHost.Protocol;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Tests.Devices.Sharing;

/// <summary>Who drives which output when several clients share a device, and what each one's stop reaches.</summary>
public sealed class OutputOwnersTests : IAsyncDisposable
{
    private readonly MemoryHardware _hardware = MemoryHardware.Create("owners test");
    private readonly ConnectedDevice _device;
    private readonly FakeOwner _a = new("A");
    private readonly FakeOwner _b = new("B");

    public OutputOwnersTests()
    {
        FeatureDefinition[] features =
        [
            new() { Index = 0, Output = new() { [OutputType.Vibrate] = new OutputProperties { Value = new ValueRange(0, 20) } } },
            new() { Index = 1, Output = new() { [OutputType.Vibrate] = new OutputProperties { Value = new ValueRange(0, 20) } } },
        ];
        var configuration = new ResolvedDeviceConfiguration("text", null, "Owners Test", 0, features, true);
        var handler = new TextHandler(new ProtocolDevice(_hardware, configuration, NullLogger.Instance));
        var info = new DeviceInfo(0, "Owners Test", null, 0, features, [Endpoints.Tx]);
        _device = new ConnectedDevice(info, _hardware.Identity, "text", "test", _hardware, handler, NullLogger.Instance, TimeProvider.System);
    }

    private static OutputCommand Vibrate(int feature, int value) => new(feature, OutputType.Vibrate, value);

    private List<string> Writes() => _hardware.Writes.Select(w => Encoding.ASCII.GetString(w.Data)).ToList();

    private async Task<List<string>> WritesWhenAsync(Func<List<string>, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!done(Writes()) && DateTime.UtcNow < until)
            await Task.Delay(5);
        return Writes();
    }

    [Fact]
    public async Task The_last_writer_drives_and_the_first_writers_stop_leaves_the_output_running()
    {
        var owners = new OutputOwners(_ => OwnershipPolicy.LastWriterWins);
        owners.Drive(_a, _device, [Vibrate(0, 5)]);
        owners.Drive(_b, _device, [Vibrate(0, 7)]);
        Assert.Same(_b, owners.DriverOf(new OutputKey(_device, 0, OutputType.Vibrate)));
        await WritesWhenAsync(w => w.Contains("0:Vibrate:7"));

        await owners.StopOwnAsync(_a, _device);
        await _device.FlushAsync(CancellationToken.None);
        Assert.DoesNotContain("0:Vibrate:0", Writes());
        Assert.Same(_b, owners.DriverOf(new OutputKey(_device, 0, OutputType.Vibrate)));
        Assert.Empty(owners.DrivenBy(_a));
    }

    [Fact]
    public async Task A_clients_stop_brings_its_outputs_to_rest_and_leaves_the_others()
    {
        var owners = new OutputOwners(_ => OwnershipPolicy.LastWriterWins);
        owners.Drive(_a, _device, [Vibrate(0, 5)]);
        owners.Drive(_b, _device, [Vibrate(1, 9)]);
        await WritesWhenAsync(w => w.Contains("0:Vibrate:5") && w.Contains("1:Vibrate:9"));

        await owners.StopOwnAsync(_a, _device);
        var writes = await WritesWhenAsync(w => w.Contains("0:Vibrate:0"));
        await _device.FlushAsync(CancellationToken.None);
        Assert.Contains("0:Vibrate:0", writes);
        Assert.DoesNotContain("1:Vibrate:0", Writes());
        Assert.Equal([new OutputKey(_device, 1, OutputType.Vibrate)], owners.DrivenBy(_b));
    }

    [Fact]
    public async Task Alone_on_the_device_a_clients_stop_is_the_devices_own_stop()
    {
        var owners = new OutputOwners(_ => OwnershipPolicy.LastWriterWins);
        owners.Drive(_a, _device, [Vibrate(0, 5)]);
        await WritesWhenAsync(w => w.Contains("0:Vibrate:5"));
        await owners.StopOwnAsync(_a, _device);
        // The protocol's stop: every resting output, the one never driven too.
        Assert.Contains("1:Vibrate:0", Writes());
        Assert.Contains("0:Vibrate:0", Writes());
    }

    [Fact]
    public void First_holds_refuses_another_client_until_the_holder_brings_the_output_to_rest()
    {
        var owners = new OutputOwners(_ => OwnershipPolicy.FirstHolds);
        owners.Drive(_a, _device, [Vibrate(0, 5)]);
        var refused = Assert.Throws<ButtplugError>(() => owners.Drive(_b, _device, [Vibrate(0, 9)]));
        Assert.Equal(ErrorCode.Device, refused.Code);
        Assert.Contains("held by another client (A)", refused.Message, StringComparison.Ordinal);
        owners.Drive(_b, _device, [Vibrate(1, 9)]); // another output is free
        owners.Drive(_a, _device, [Vibrate(0, 0)]); // at rest: handed back
        owners.Drive(_b, _device, [Vibrate(0, 3)]);
        Assert.Same(_b, owners.DriverOf(new OutputKey(_device, 0, OutputType.Vibrate)));
    }

    [Fact]
    public void A_whole_device_stop_and_a_leaving_client_release_their_outputs()
    {
        var owners = new OutputOwners(_ => OwnershipPolicy.FirstHolds);
        var changes = 0;
        owners.Changed += () => changes++;
        owners.Join(_a);
        owners.Join(_b);
        owners.Drive(_a, _device, [Vibrate(0, 5)]);
        owners.Drive(_b, _device, [Vibrate(1, 5)]);
        Assert.Equal([_b], owners.Others(_a));
        owners.Release(_device);
        Assert.Empty(owners.DrivenBy(_a));
        Assert.Empty(owners.DrivenBy(_b));
        owners.Drive(_b, _device, [Vibrate(0, 5)]);
        owners.Leave(_b);
        Assert.Null(owners.DriverOf(new OutputKey(_device, 0, OutputType.Vibrate)));
        Assert.Empty(owners.Others(_a));
        Assert.True(changes >= 6);
    }

    public async ValueTask DisposeAsync() => await _device.DisposeAsync();

    private sealed class FakeOwner(string name) : IOutputOwner
    {
        public string OwnerName => name;

        public bool ListensTo(uint deviceIndex, int featureIndex, InputType type) => false;
    }

    private sealed class TextHandler(ProtocolDevice device) : ProtocolHandler(device)
    {
        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand c) =>
            [HardwareCommand.Write(Endpoints.Tx, string.Create(CultureInfo.InvariantCulture, $"{c.FeatureIndex}:{c.Type}:{c.Value}"))];
    }
}
