using ButtplugHost.Plugins.Hid.Bus;
using ButtplugHost.Plugins.Hid.LovenseDongle;
using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Hid;

/// <summary>Registers the HID bus and the Lovense dongle (HID mode); each is enabled on its own.</summary>
public sealed class HidPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddTransport(new HidTransport(builder.Context));
        builder.AddTransport(new LovenseDongleTransport(builder.Context));
    }
}
