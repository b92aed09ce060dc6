using ButtplugHost.Sdk.Hardware;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Lelo;

/// <summary>What a Lelo device needs after connecting and before its first command.</summary>
internal interface IConnectionStep
{
    Task RunAsync(IHardware hardware, ILogger logger, CancellationToken cancellationToken);
}

/// <summary>The F1s only needs its <c>rx</c> notifications turned on.</summary>
internal sealed class SubscribeRx : IConnectionStep
{
    public Task RunAsync(IHardware hardware, ILogger logger, CancellationToken cancellationToken) =>
        hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
}
