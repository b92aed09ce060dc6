using System.Globalization;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Youcups;

/// <summary>
/// Drives the Warrior II: each speed (0–8) is the ASCII text <c>$SYS,&lt;speed&gt;?</c> written to
/// <c>tx</c> without response; speed 0 stops it.
/// </summary>
internal sealed class YoucupsHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, string.Create(CultureInfo.InvariantCulture, $"$SYS,{command.Value}?"))]
            : base.HandleOutput(command);
}
