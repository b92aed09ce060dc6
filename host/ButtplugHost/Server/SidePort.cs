using System.Net;
using ButtplugHost.Server.Security;
using ButtplugHost.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Server;

/// <summary>
/// A second HTTP port beside the client endpoint (the status page, the REST API): the same address and
/// TLS certificate as the client port, and a port that is taken only costs a warning — the server runs
/// without that side.
/// </summary>
internal static class SidePort
{
    /// <summary>A Kestrel app listening on <paramref name="port"/> at the client port's address.</summary>
    public static WebApplication Build(ServerOptions options, EndpointSecurity security, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Parse(options.WebSocketAddress), port, listen =>
        {
            if (security.Certificate is { } certificate)
                listen.UseHttps(certificate);
        }));
        return builder.Build();
    }

    /// <summary>
    /// Starts the app and returns the address it listens on, or null (the app disposed, a warning
    /// naming <paramref name="what"/> and <paramref name="flag"/> logged) when the port is taken.
    /// </summary>
    public static async Task<string?> StartAsync(WebApplication app, int port, string what, string flag, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            logger.LogWarning("{What} could not listen on port {Port}: {Error}. The server runs without it (choose another with {Flag}).", what, port, e.Message, flag);
            await app.DisposeAsync();
            return null;
        }
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
    }
}
