using System.Security.Cryptography.X509Certificates;
using ButtplugHost.Session;

namespace ButtplugHost.Server.Security;

/// <summary>The token and certificate the endpoint runs with, checked before it listens.</summary>
internal sealed record EndpointSecurity(string? Token, X509Certificate2? Certificate)
{
    /// <summary>Loads both and refuses a setup that would expose the devices: beyond loopback without a token.</summary>
    /// <exception cref="EndpointConfigurationException">What is wrong and the flag that fixes it.</exception>
    public static EndpointSecurity Load(ServerOptions server, AccessOptions access)
    {
        var token = TokenCheck.Load(access);
        if (token is null && !LoopbackNames.IsLoopbackListenAddress(server.WebSocketAddress))
        {
            throw new EndpointConfigurationException(
                $"The client WebSocket would listen on {server.WebSocketAddress}, beyond this machine, without a token: anyone on the network could drive the devices. " +
                "Start the server with --auth-token TOKEN (or --auth-token-file FILE); clients then connect to ws://HOST:PORT/?token=TOKEN.");
        }
        return new EndpointSecurity(token, TlsCertificate.Load(access));
    }
}
