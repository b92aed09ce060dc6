using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Tests.Plugins;

/// <summary>The documented rule (docs/plugins.md) for two plugins claiming one device.</summary>
public sealed class ClaimRuleTests
{
    private sealed class Named(string name, params CommunicationSpecifier[] communication) : ProtocolBase(new ProtocolDefinition { Name = name, Communication = [.. communication] })
    {
        public override ProtocolHandler CreateHandler(ProtocolDevice device) => throw new NotSupportedException();
    }

    private static CommunicationSpecifier Names(params string[] names) => new() { Btle = new BluetoothLESpecifier { Names = [.. names] } };

    private static DeviceIdentity Ble(string name, IReadOnlyDictionary<ushort, byte[]>? data = null) =>
        new() { Transport = "simulated", Bus = BusKind.BluetoothLE, Address = "A", Name = name, ManufacturerData = data ?? new Dictionary<ushort, byte[]>() };

    private static string Winner(DeviceIdentity identity, params IProtocol[] protocols) =>
        DeviceMatcher.Candidates(identity, protocols.Select(p => (p, (IEnumerable<CommunicationSpecifier>)p.Definition.Communication)))[0].Protocol.Name;

    [Fact]
    public void An_exact_name_beats_a_wildcard_and_a_longer_wildcard_beats_a_shorter_one()
    {
        Assert.Equal("exact", Winner(Ble("ACME-1"), new Named("wild", Names("ACME-*")), new Named("exact", Names("ACME-1"))));
        Assert.Equal("longer", Winner(Ble("ACME-1"), new Named("short", Names("AC*")), new Named("longer", Names("ACME-*"))));
    }

    [Fact]
    public void A_name_beats_manufacturer_data()
    {
        var data = new CommunicationSpecifier { Btle = new BluetoothLESpecifier { ManufacturerData = [new ManufacturerDataSpecifier { Company = 7 }] } };
        Assert.Equal("byname", Winner(Ble("ACME-1", new Dictionary<ushort, byte[]> { [7] = [1] }), new Named("bydata", data), new Named("byname", Names("ACME-*"))));
    }

    [Fact]
    public void A_tie_goes_to_the_protocol_whose_name_sorts_first()
    {
        Assert.Equal("alpha", Winner(Ble("ACME-1"), new Named("beta", Names("ACME-*")), new Named("alpha", Names("ACME-*"))));
    }
}
