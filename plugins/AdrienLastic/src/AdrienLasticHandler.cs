using System.Globalization;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.AdrienLastic;

/// <summary>Drives one Adrien Lastic toy: vibrate is the text <c>MotorValue:NN;</c> (two digits) to <c>tx</c>, written with response.</summary>
internal sealed class AdrienLasticHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var result = base.HandleOutputs(commands);
        foreach (var command in commands)
            _last.Remember(command);
        return result;
    }

    // As the reference: a vibrator already at 0 gets no second 0.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, string.Create(CultureInfo.InvariantCulture, $"MotorValue:{command.Value:00};"), withResponse: true)]
            : base.HandleOutput(command);
}
