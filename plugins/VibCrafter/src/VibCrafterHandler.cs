using System.Globalization;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.VibCrafter;

/// <summary>
/// Drives one VibCrafter toy. Start-up subscribes to <c>rx</c> and runs the handshake
/// (<see cref="VibCrafterAuthentication"/>). Every command is one encrypted text with both motors,
/// <c>MtInt:AABB;</c> (two digits each; a one-motor toy sends 00 for the second).
/// </summary>
internal sealed class VibCrafterHandler(ProtocolDevice device, TimeProvider time, Func<string> code) : ProtocolHandler(device)
{
    private readonly int[] _speeds = new int[2];
    private readonly LastOutputValues _last = new();

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        await VibCrafterAuthentication.RunAsync(Device.Hardware, code(), VibCrafterProtocol.DefaultAuthenticationTimeout, time, cancellationToken);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex < 0 || command.FeatureIndex >= Math.Min(Features.Count, 2))
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _speeds[command.FeatureIndex] = command.Value;
            _last.Remember(command);
        }
        // The reference sends the text once per changed motor; outputs changing together get the
        // last of those texts, the one that carries every new speed.
        var text = string.Create(CultureInfo.InvariantCulture, $"MtInt:{_speeds[0]:00}{_speeds[1]:00};");
        return [HardwareCommand.Write(Endpoints.Tx, VibCrafterCipher.Encrypt(text))];
    }

    // As the reference: motors already at 0 get no second 0.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
