using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Sdk.Tests;

/// <summary>
/// A tiny protocol for SDK tests: identifies by reading the model characteristic, greets the device
/// with an acknowledged "hi" on start-up, and sends <c>[feature, value]</c> to tx per vibrate output.
/// </summary>
internal sealed class EchoProtocol : ProtocolBase
{
    public const string Json = """
        {
          "protocols": {
            "echo": {
              "defaults": {
                "name": "Echo Device",
                "message_gap_ms": 50,
                "features": [ { "index": 0, "output": { "vibrate": { "value": [0, 20] } } } ]
              },
              "configurations": [
                { "identifier": ["E2"], "name": "Echo Two",
                  "features": [
                    { "index": 1, "output": { "vibrate": { "value": [0, 100] } } },
                    { "index": 0, "output": { "vibrate": { "value": [0, 10] },
                                              "hw_position_with_duration": { "value": [0, 99], "duration": [0, 5000] } } }
                  ] }
              ],
              "communication": [
                { "btle": { "names": ["Echo*"],
                            "services": { "0000fff0-0000-1000-8000-00805f9b34fb": {
                                "tx": "0000fff1-0000-1000-8000-00805f9b34fb",
                                "rxblemodel": "0000fff2-0000-1000-8000-00805f9b34fb" } } } }
              ]
            }
          }
        }
        """;

    public EchoProtocol() : base(DefinitionFile.Parse(Json).Single())
    {
    }

    public override async Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken)
    {
        var model = await hardware.ReadAsync(Endpoints.RxBleModel, cancellationToken);
        return model.Length == 0 ? null : System.Text.Encoding.ASCII.GetString(model);
    }

    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new Handler(device);

    private sealed class Handler(ProtocolDevice device) : ProtocolHandler(device)
    {
        public override Task InitializeAsync(CancellationToken cancellationToken) =>
            Device.Hardware.WriteAsync(Endpoints.Tx, "hi"u8.ToArray(), withResponse: true, cancellationToken);

        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
            command.Type switch
            {
                OutputType.Vibrate => [HardwareCommand.Write(Endpoints.Tx, [(byte)command.FeatureIndex, (byte)command.Value])],
                OutputType.HwPositionWithDuration => [HardwareCommand.Write(Endpoints.Tx, [0xFF, (byte)command.Value, (byte)(command.Duration!.Value / 100)])],
                _ => base.HandleOutput(command),
            };
    }
}
