using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>The Lovense protocol: models from the embedded devices.json, identified by asking <c>DeviceType;</c>.</summary>
public sealed class LovenseProtocol : ProtocolBase
{
    private readonly LovenseOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the protocol.</summary>
    /// <param name="options">Timings; null for the defaults.</param>
    /// <param name="loggerFactory">Logging for identification; null for none.</param>
    public LovenseProtocol(LovenseOptions? options = null, ILoggerFactory? loggerFactory = null) : base("lovense")
    {
        _options = options ?? new LovenseOptions();
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<LovenseProtocol>();
    }

    /// <inheritdoc/>
    public override Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        LovenseIdentification.IdentifyAsync(hardware, _options, _logger, cancellationToken);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device)
    {
        var features = device.Configuration.Features;
        var identifier = device.Configuration.Identifier;
        return LovenseHandlerSelector.Select(identifier, features) switch
        {
            LovenseHandlerKind.Stroker => new StrokerHandler(device, _options, zeroStrokeToStop: identifier == "H"),
            LovenseHandlerKind.SingleActuator => new SingleActuatorHandler(device, _options),
            LovenseHandlerKind.Max => new MaxHandler(device, _options),
            LovenseHandlerKind.RotateVibrator => new RotateVibratorHandler(device, _options),
            LovenseHandlerKind.MultiActuator => new MultiActuatorHandler(device, _options, features.Count(f => f.Output is { Count: > 0 })),
            _ => new DualActuatorHandler(device, _options),
        };
    }
}
