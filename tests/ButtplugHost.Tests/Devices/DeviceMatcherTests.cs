using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Tests.Devices;

/// <summary>Which protocol claims a device, and the rule when several do.</summary>
public sealed class DeviceMatcherTests
{
    private sealed class Protocol(string name, params CommunicationSpecifier[] specifiers) : IProtocol
    {
        public string Name => name;
        public ProtocolDefinition Definition { get; } = new() { Name = name, Communication = [.. specifiers] };
        public Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
        public ProtocolHandler CreateHandler(ProtocolDevice device) => throw new NotSupportedException();
    }

    private static CommunicationSpecifier Ble(IEnumerable<string>? names = null, IEnumerable<Guid>? services = null, ushort? company = null, byte[]? data = null) => new()
    {
        Btle = new BluetoothLESpecifier
        {
            Names = [.. names ?? []],
            AdvertisedServices = [.. services ?? []],
            ManufacturerData = company is { } c ? [new ManufacturerDataSpecifier { Company = c, Data = data?.ToList() }] : [],
        },
    };

    private static DeviceIdentity Device(string name, Guid[]? services = null, Dictionary<ushort, byte[]>? data = null) => new()
    {
        Transport = "t", Bus = BusKind.BluetoothLE, Address = "A", Name = name, AdvertisedServices = services ?? [], ManufacturerData = data ?? [],
    };

    private static IReadOnlyList<DeviceMatch> Match(DeviceIdentity d, params Protocol[] protocols) =>
        DeviceMatcher.Candidates(d, protocols.Select(p => ((IProtocol)p, (IEnumerable<CommunicationSpecifier>)p.Definition.Communication)));

    [Fact]
    public void Exact_name_beats_wildcard_beats_manufacturer_data_beats_service()
    {
        var service = Guid.NewGuid();
        var device = Device("LVS-Z36", [service], new() { [620] = [0x01, 0xff, 0x21, 0x02] });
        var matches = Match(device,
            new Protocol("by-service", Ble(services: [service])),
            new Protocol("by-data", Ble(company: 620, data: [0xff, 0x21])),
            new Protocol("short-wildcard", Ble(names: ["LVS-*"])),
            new Protocol("long-wildcard", Ble(names: ["LVS-Z*"])),
            new Protocol("exact", Ble(names: ["LVS-Z36"])));
        Assert.Equal(["exact", "long-wildcard", "short-wildcard", "by-data", "by-service"], matches.Select(m => m.Protocol.Name));
    }

    [Theory]
    [InlineData(BusKind.LovenseConnect, "lovense-connect-service")]
    [InlineData(BusKind.XInput, "xinput")]
    public void Self_identifying_buses_match_only_their_exists_specifier(BusKind bus, string expected)
    {
        var device = new DeviceIdentity { Transport = "t", Bus = bus, Address = "A", Name = "Lush" };
        var matches = Match(device,
            new Protocol("lovense-connect-service", new CommunicationSpecifier { LovenseConnectService = new ExistsSpecifier() }),
            new Protocol("xinput", new CommunicationSpecifier { Xinput = new ExistsSpecifier() }),
            new Protocol("lovense", Ble(names: ["Lush"])));
        Assert.Equal([expected], matches.Select(m => m.Protocol.Name));
    }

    [Fact]
    public void A_tie_goes_to_the_protocol_name_that_sorts_first()
    {
        var matches = Match(Device("TOY"), new Protocol("zeta", Ble(names: ["TOY"])), new Protocol("alpha", Ble(names: ["TOY"])));
        Assert.Equal("alpha", matches[0].Protocol.Name);
    }

    [Fact]
    public void Nothing_matches_an_unknown_device_or_another_bus()
    {
        Assert.Empty(Match(Device("Other"), new Protocol("p", Ble(names: ["TOY*"]))));
        var serial = new DeviceIdentity { Transport = "serial", Bus = BusKind.Serial, Address = "/dev/ttyUSB0", Name = "/dev/ttyUSB0" };
        Assert.Empty(Match(serial, new Protocol("p", Ble(names: ["/dev/ttyUSB0"]))));
        Assert.Single(Match(serial, new Protocol("p", new CommunicationSpecifier { Serial = new SerialSpecifier { Port = "/dev/ttyUSB0" } })));
    }

    [Fact]
    public void Manufacturer_data_without_bytes_matches_any_data_of_the_company()
    {
        var device = Device("x", data: new() { [99] = [1, 2, 3] });
        Assert.Single(Match(device, new Protocol("p", Ble(company: 99))));
        Assert.Empty(Match(device, new Protocol("p", Ble(company: 98))));
        Assert.Empty(Match(device, new Protocol("p", Ble(company: 99, data: [4]))));
    }
}
