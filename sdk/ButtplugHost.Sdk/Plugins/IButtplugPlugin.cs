namespace ButtplugHost.Sdk.Plugins;

/// <summary>
/// The entry point of a plugin assembly. The host creates one instance of every public,
/// non-abstract class implementing this interface (it needs a public parameterless constructor)
/// and calls <see cref="Configure"/> once, right after loading the plugin.
/// </summary>
public interface IButtplugPlugin
{
    /// <summary>Registers the plugin's transports and protocols with the host.</summary>
    /// <param name="builder">What the plugin may register, and the context it runs in.</param>
    void Configure(IPluginBuilder builder);
}
