using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>
/// svakom-sam (Sam Neo): subscribes to <c>rx</c> on start-up. Vibrate <c>12 01 03 00 04|00 S</c> on
/// second-generation toys (those with a <c>txmode</c> or <c>firmware</c> characteristic), otherwise
/// <c>12 01 03 00 05 S</c>; suction <c>12 06 01 S</c>.
/// </summary>
internal sealed class SamHandler : SlotWriteHandler
{
    private readonly bool _secondGeneration;

    public SamHandler(ProtocolDevice device) : base(device)
    {
        var endpoints = device.Hardware.Endpoints;
        _secondGeneration = endpoints.Contains(Endpoints.TxMode) || endpoints.Contains(Endpoints.Firmware);
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        var endpoints = Device.Hardware.Endpoints;
        if (!endpoints.Contains(Endpoints.TxMode) && endpoints.Contains(Endpoints.Firmware))
            Device.Logger.LogWarning("{Device} has no speed control characteristic: it may vibrate at one speed only.", Device.Configuration.Name);
    }

    protected override bool Supports(OutputCommand command) => command.Type is OutputType.Vibrate or OutputType.Constrict;

    protected override IEnumerable<SlotWrite> Translate(OutputCommand command)
    {
        var level = (byte)command.Value;
        byte[] packet = command.Type == OutputType.Constrict
            ? [18, 6, 1, level]
            : [18, 1, 3, 0, _secondGeneration ? (level == 0 ? (byte)0x00 : (byte)0x04) : (byte)0x05, level];
        yield return Tx(FeatureSlot(command.FeatureIndex), packet);
    }
}
