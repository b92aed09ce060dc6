using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.XInput;

/// <summary>
/// Both motors in one 4-byte packet, as the reference: feature 1's speed first (the left,
/// low-frequency motor), then feature 0's (the right, high-frequency motor), little-endian 16-bit.
/// A battery read maps XInput's level 0–3 to 0, 33, 66, 100 %.
/// </summary>
internal sealed class XInputHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly ushort[] _speeds = new ushort[2];

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex is < 0 or > 1)
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
            _speeds[command.FeatureIndex] = (ushort)Math.Clamp(command.Value, 0, ushort.MaxValue);
        }
        return [HardwareCommand.Write(Endpoints.Tx, Packet())];
    }

    private byte[] Packet()
    {
        var packet = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(packet, _speeds[1]);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(packet.AsSpan(2), _speeds[0]);
        return packet;
    }

    public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        if (type != InputType.Battery)
            return await base.ReadInputAsync(featureIndex, type, cancellationToken);
        var level = await Device.Hardware.ReadAsync(Endpoints.Rx, cancellationToken);
        return level.Length == 1 && level[0] <= 3
            ? new[] { 0, 33, 66, 100 }[level[0]]
            : throw new ProtocolException($"{Device.Configuration.Name}: battery level {(level.Length > 0 ? level[0] : -1)} is not 0–3.");
    }
}
