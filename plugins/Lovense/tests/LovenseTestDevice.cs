using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Lovense.Tests;

/// <summary>A Lovense toy on <see cref="MemoryHardware"/>, identified and initialised as the host would.</summary>
internal sealed class LovenseTestDevice : IAsyncDisposable
{
    /// <summary>Short timeouts so tests of silent toys stay fast.</summary>
    public static readonly LovenseOptions FastOptions = new()
    {
        IdentifyReplyTimeout = TimeSpan.FromMilliseconds(20),
        BatteryReplyTimeout = TimeSpan.FromMilliseconds(100),
        StrokerTick = TimeSpan.FromMilliseconds(5),
    };

    public static readonly LovenseProtocol Protocol = new(FastOptions);

    private LovenseTestDevice(MemoryHardware hardware, ResolvedDeviceConfiguration configuration, ProtocolHandler handler)
    {
        Hardware = hardware;
        Configuration = configuration;
        Handler = handler;
    }

    public MemoryHardware Hardware { get; }
    public ResolvedDeviceConfiguration Configuration { get; }
    public ProtocolHandler Handler { get; }

    /// <summary>Connects a toy that answers <c>DeviceType;</c> with <paramref name="deviceTypeReply"/>.</summary>
    public static async Task<LovenseTestDevice> ConnectAsync(string deviceTypeReply, string name = "LVS-DoesntMatter")
    {
        var hardware = MemoryHardware.Create(name);
        hardware.AddReply(Endpoints.Tx, "DeviceType;", Endpoints.Rx, deviceTypeReply);
        return await ConnectAsync(hardware);
    }

    /// <summary>Identifies and initialises a toy on <paramref name="hardware"/>.</summary>
    public static async Task<LovenseTestDevice> ConnectAsync(MemoryHardware hardware)
    {
        var identifier = await Protocol.IdentifyAsync(hardware, CancellationToken.None);
        var configuration = Protocol.Definition.Resolve(identifier);
        var handler = Protocol.CreateHandler(new ProtocolDevice(hardware, configuration, NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        return new LovenseTestDevice(hardware, configuration, handler);
    }

    public IReadOnlyList<HardwareCommand> Outputs(params OutputCommand[] commands) => Handler.HandleOutputs(commands);

    public IReadOnlyList<HardwareCommand> Stop() => Handler.HandleStop();

    public ValueTask DisposeAsync() => Handler.DisposeAsync();

    /// <summary>The expected writes: each text to tx, without response.</summary>
    public static HardwareCommand[] Tx(params string[] texts) => [.. texts.Select(t => HardwareCommand.Write(Endpoints.Tx, t))];

    public static OutputCommand Vibrate(int feature, int value) => new(feature, OutputType.Vibrate, value);
    public static OutputCommand Oscillate(int feature, int value) => new(feature, OutputType.Oscillate, value);
    public static OutputCommand Rotate(int feature, int value) => new(feature, OutputType.Rotate, value);
    public static OutputCommand Constrict(int feature, int value) => new(feature, OutputType.Constrict, value);
    public static OutputCommand Position(int feature, int value, uint duration) => new(feature, OutputType.HwPositionWithDuration, value, duration);
}
