using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Sdk.Plugins;

/// <summary>Handed to <see cref="IButtplugPlugin.Configure"/>: registers what a plugin provides.</summary>
public interface IPluginBuilder
{
    /// <summary>Configuration, logging and location of the plugin being configured.</summary>
    PluginContext Context { get; }

    /// <summary>Adds a transport (a bus on which devices are found and connected).</summary>
    void AddTransport(ITransport transport);

    /// <summary>Adds a vendor protocol together with the device definitions it serves.</summary>
    void AddProtocol(IProtocol protocol);
}
