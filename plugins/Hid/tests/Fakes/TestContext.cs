using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.Hid.Tests.Fakes;

internal static class TestContext
{
    public static PluginContext Create(CollectingLoggerFactory logs, Dictionary<string, string?>? settings = null, TimeProvider? time = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build(), logs, AppContext.BaseDirectory) { Time = time ?? TimeProvider.System };

    public static CommunicationSpecifier Hid(params (ushort Vendor, ushort Product)[] pairs) =>
        new() { Hid = new HidSpecifier { Pairs = [.. pairs.Select(p => new VendorProductPair { VendorId = p.Vendor, ProductId = p.Product })] } };
}
