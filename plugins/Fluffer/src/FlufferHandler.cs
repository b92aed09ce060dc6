using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Fluffer;

/// <summary>
/// Drives one Fluffer toy. Start-up subscribes to <c>rx</c> and, when the toy advertised its data,
/// authenticates (<see cref="FlufferAuthentication"/>). Every command is one encrypted packet with
/// both motors, <c>[82 0F 05 00 motor0 motor1 00 00]</c>; a rotator turning backwards adds 100 to its
/// speed.
/// </summary>
internal sealed class FlufferHandler(ProtocolDevice device, Func<byte[]> random, TimeSpan authenticationTimeout) : ProtocolHandler(device)
{
    private readonly byte[] _speeds = new byte[2];

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        if (FlufferAdvertisement.Bytes(Device.Hardware.Identity) is not { } advertisement)
        {
            // As in the reference: without the advertisement there is nothing to authenticate with.
            Device.Logger.LogWarning("{Device} advertised no Fluffer manufacturer data: connecting without authentication.", Device.Hardware.Identity.Name);
            return;
        }
        await FlufferAuthentication.RunAsync(Device.Hardware, advertisement, random(), authenticationTimeout, cancellationToken);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var speeds = commands.Select(Speed).ToList();
        if (speeds.Count == 0)
            return [];
        for (var i = 0; i < speeds.Count; i++)
            _speeds[commands[i].FeatureIndex] = speeds[i];
        return [HardwareCommand.Write(Endpoints.Tx, FlufferCipher.Encrypt([0x82, 0x0F, 0x05, 0x00, _speeds[0], _speeds[1], 0x00, 0x00]))];
    }

    private byte Speed(OutputCommand command)
    {
        if (command.FeatureIndex is < 0 or > 1)
            throw new ProtocolException($"{Device.Configuration.Name} has no motor {command.FeatureIndex}.");
        return command.Type switch
        {
            OutputType.Vibrate or OutputType.Oscillate => (byte)command.Value,
            OutputType.Rotate => (byte)(command.Value < 0 ? 100 - command.Value : command.Value),
            _ => throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}."),
        };
    }
}
