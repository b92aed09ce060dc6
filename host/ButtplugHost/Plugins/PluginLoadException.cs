namespace ButtplugHost.Plugins;

/// <summary>A plugin folder that cannot be loaded; the message says why, for the log.</summary>
internal sealed class PluginLoadException(string message, Exception? inner = null) : Exception(message, inner);
