using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.WeVibe.Tests;

/// <summary>A protocol handler connected to in-memory hardware, as the host would set it up.</summary>
internal sealed class TestDevice
{
    private TestDevice(IProtocol protocol, MemoryHardware hardware, ProtocolHandler handler, ResolvedDeviceConfiguration model)
    {
        Protocol = protocol;
        Hardware = hardware;
        Handler = handler;
        Model = model;
    }

    public IProtocol Protocol { get; }
    public MemoryHardware Hardware { get; }
    public ProtocolHandler Handler { get; }
    public ResolvedDeviceConfiguration Model { get; }

    /// <summary>Identifies, resolves and initialises a device advertising <paramref name="name"/>.</summary>
    public static async Task<TestDevice> ConnectAsync(IProtocol protocol, string name)
    {
        var hardware = MemoryHardware.Create(name, Endpoints.Tx, Endpoints.Rx);
        var identifier = await protocol.IdentifyAsync(hardware, CancellationToken.None);
        var model = protocol.Definition.Resolve(identifier);
        var handler = protocol.CreateHandler(new ProtocolDevice(hardware, model, NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        return new TestDevice(protocol, hardware, handler, model);
    }

    /// <summary>The scalar step the host sends for a legacy float speed: ceil(max · x).</summary>
    public int Step(int featureIndex, double speed) =>
        (int)Math.Ceiling(Model.Features.Single(f => f.Index == featureIndex).Output![OutputType.Vibrate].Value.Max * speed);

    /// <summary>The translation of a vibrate command given as legacy floats (feature index, speed).</summary>
    public IReadOnlyList<HardwareCommand> Vibrate(params (int Index, double Speed)[] speeds) =>
        Handler.HandleOutputs([.. speeds.Select(s => new OutputCommand(s.Index, OutputType.Vibrate, Step(s.Index, s.Speed)))]);

    /// <summary>A write to <c>tx</c> with response, the only command the We-Vibe variants send.</summary>
    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);
}
