namespace ButtplugHost.Server.Security;

/// <summary>The client endpoint's settings cannot be used safely (e.g. no token beyond loopback); the server does not start.</summary>
internal sealed class EndpointConfigurationException(string message) : Exception(message);
