using ButtplugHost.Plugins.BluetoothLE.Core;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>Which advertisements the definitions' rules claim, and how endpoints map to characteristics.</summary>
public class MatchingTests
{
    private static readonly Guid Service = Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb");

    private static BleAdvertisement Ad(string name = "", Guid[]? services = null, Dictionary<ushort, byte[]>? data = null) =>
        new("AA:BB:CC:DD:EE:FF", name, -50, services ?? [], data ?? []);

    [Theory]
    [InlineData("LVS-Z36", true)]
    [InlineData("LVS-", true)]
    [InlineData("LVS", false)]
    [InlineData("lvs-z36", false)]
    [InlineData("", false)]
    public void Name_prefix(string name, bool claimed) =>
        Assert.Equal(claimed, AdvertisementMatcher.Matches(Ad(name), new BluetoothLESpecifier { Names = ["LVS-*"] }));

    [Theory]
    [InlineData("Hush", true)]
    [InlineData("Hush2", false)]
    [InlineData("Hus", false)]
    public void Exact_name(string name, bool claimed) =>
        Assert.Equal(claimed, AdvertisementMatcher.Matches(Ad(name), new BluetoothLESpecifier { Names = ["Hush"] }));

    [Fact]
    public void Manufacturer_data_by_company_alone_or_with_bytes()
    {
        var anyData = new BluetoothLESpecifier { ManufacturerData = [new() { Company = 0x0D45 }] };
        var withBytes = new BluetoothLESpecifier { ManufacturerData = [new() { Company = 0x0D45, Data = [0x02, 0x03] }] };
        var ad = Ad(data: new() { [0x0D45] = [0x01, 0x02, 0x03, 0x04] });
        Assert.True(AdvertisementMatcher.Matches(ad, anyData));
        Assert.True(AdvertisementMatcher.Matches(ad, withBytes));
        Assert.False(AdvertisementMatcher.Matches(Ad(data: new() { [0x0D45] = [0x09, 0x09] }), withBytes));
        Assert.False(AdvertisementMatcher.Matches(Ad(data: new() { [0x004C] = [0x02, 0x03] }), anyData));
    }

    [Fact]
    public void Advertised_service()
    {
        var specifier = new BluetoothLESpecifier { AdvertisedServices = [Service] };
        Assert.True(AdvertisementMatcher.Matches(Ad("anything", [Guid.NewGuid(), Service]), specifier));
        Assert.False(AdvertisementMatcher.Matches(Ad("anything", [Guid.NewGuid()]), specifier));
    }

    [Fact]
    public void Any_loaded_specifier_may_claim_and_non_BLE_ones_never_do()
    {
        CommunicationSpecifier[] specifiers = [new() { Serial = new() }, new() { Btle = new() { Names = ["A*"] } }, new() { Btle = new() { Names = ["B"] } }];
        Assert.True(AdvertisementMatcher.IsClaimed(Ad("B"), specifiers));
        Assert.True(AdvertisementMatcher.IsClaimed(Ad("Alpha"), specifiers));
        Assert.False(AdvertisementMatcher.IsClaimed(Ad("C"), specifiers));
    }

    [Fact]
    public void Endpoints_map_to_the_characteristics_of_the_specifier_services()
    {
        var tx = Guid.NewGuid();
        var rx = Guid.NewGuid();
        var other = Guid.NewGuid();
        var specifier = new BluetoothLESpecifier { Services = new() { [Service] = new() { ["tx"] = tx, ["rx"] = rx, ["firmware"] = Guid.NewGuid() } } };
        BleCharacteristic[] offered = [new(Service, tx, "a"), new(Service, rx, "b"), new(other, tx, "c")];

        var (endpoints, found) = GattEndpointMap.Build(offered, specifier);
        Assert.Equal("a", endpoints["tx"].Id);
        Assert.Equal("b", endpoints["rx"].Id);
        Assert.False(endpoints.ContainsKey("firmware"));
        Assert.Equal([Service, other], found);
    }
}
