using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Hismith.Tests;

/// <summary>A protocol handler connected to a <see cref="MemoryHardware"/>, as the host would set it up.</summary>
internal sealed class TestDevice
{
    private TestDevice(MemoryHardware hardware, ProtocolDevice device, ProtocolHandler handler)
    {
        Hardware = hardware;
        Device = device;
        Handler = handler;
    }

    public MemoryHardware Hardware { get; }
    public ProtocolDevice Device { get; }
    public ProtocolHandler Handler { get; }

    public static async Task<TestDevice> ConnectAsync(IProtocol protocol, MemoryHardware hardware)
    {
        var identifier = await protocol.IdentifyAsync(hardware, CancellationToken.None);
        var configuration = protocol.Definition.Resolve(identifier);
        var device = new ProtocolDevice(hardware, configuration, NullLogger.Instance);
        var handler = protocol.CreateHandler(device);
        await handler.InitializeAsync(CancellationToken.None);
        return new TestDevice(hardware, device, handler);
    }

    /// <summary>Connects a device named <paramref name="name"/> whose model characteristic holds <paramref name="model"/>.</summary>
    public static Task<TestDevice> ConnectAsync(IProtocol protocol, string name, params byte[] model)
    {
        var hardware = MemoryHardware.Create(name, Endpoints.Tx, Endpoints.RxBleModel);
        hardware.SetReadValue(Endpoints.RxBleModel, model);
        return ConnectAsync(protocol, hardware);
    }

    /// <summary>Translates the outputs, carries the commands out on the hardware and returns the bytes written.</summary>
    public async Task<IReadOnlyList<HardwareCommand>> SendAsync(params OutputCommand[] commands) =>
        await ExecuteAsync(Handler.HandleOutputs(commands));

    /// <summary>Stops the device on the hardware and returns the commands.</summary>
    public Task<IReadOnlyList<HardwareCommand>> StopAsync() => ExecuteAsync(Handler.HandleStop());

    private async Task<IReadOnlyList<HardwareCommand>> ExecuteAsync(IReadOnlyList<HardwareCommand> commands)
    {
        Hardware.ClearOperations();
        foreach (var command in commands)
            await command.ExecuteAsync(Hardware, CancellationToken.None);
        return commands;
    }

    /// <summary>The writes the hardware saw since the last send, with their acknowledgement flag.</summary>
    public IReadOnlyList<HardwareCommand> RecordedWrites() =>
        [.. Hardware.Operations.Where(o => o.Kind == HardwareOperationKind.Write).Select(o => HardwareCommand.Write(o.Endpoint!, o.Data!, o.WithResponse))];
}
