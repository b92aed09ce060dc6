using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Svakom.Tests;

/// <summary>A Svakom handler connected to in-memory hardware, set up as the host would.</summary>
internal sealed class TestDevice
{
    private TestDevice(MemoryHardware hardware, ProtocolHandler handler, ResolvedDeviceConfiguration model)
    {
        Hardware = hardware;
        Handler = handler;
        Model = model;
    }

    public MemoryHardware Hardware { get; }
    public ProtocolHandler Handler { get; }
    public ResolvedDeviceConfiguration Model { get; }

    /// <summary>Identifies (by name), resolves and initialises a toy of <paramref name="protocol"/> advertising <paramref name="name"/>.</summary>
    public static async Task<TestDevice> ConnectAsync(string protocol, string name, params string[] endpoints)
    {
        var svakom = SvakomProtocol.Named(protocol);
        var hardware = MemoryHardware.Create(name, endpoints.Length > 0 ? endpoints : [Endpoints.Tx, Endpoints.Rx]);
        var identifier = await svakom.IdentifyAsync(hardware, CancellationToken.None);
        var model = svakom.Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel || model.Identifier == name, $"{name} should resolve in {protocol}");
        var handler = svakom.CreateHandler(new ProtocolDevice(hardware, model, NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        return new TestDevice(hardware, handler, model);
    }

    /// <summary>The integer step the host sends for a legacy float: ceil(max·x).</summary>
    public OutputCommand Output(int featureIndex, OutputType type, double value) =>
        new(featureIndex, type, (int)Math.Ceiling(Model.Features.Single(f => f.Index == featureIndex).Output![type].Value.Max * value));

    /// <summary>The translation of a legacy Vibrate message (the host passes only changed speeds).</summary>
    public IReadOnlyList<HardwareCommand> Vibrate(params (int Index, double Speed)[] speeds) =>
        Handler.HandleOutputs([.. speeds.Select(s => Output(s.Index, OutputType.Vibrate, s.Speed))]);

    /// <summary>The translation of a legacy Scalar message.</summary>
    public IReadOnlyList<HardwareCommand> Scalar(params (int Index, double Value, OutputType Type)[] values) =>
        Handler.HandleOutputs([.. values.Select(v => Output(v.Index, v.Type, v.Value))]);

    public IReadOnlyList<HardwareCommand> Stop() => Handler.HandleStop();

    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    public static HardwareCommand TxAck(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);
}
