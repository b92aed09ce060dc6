using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lovense.Tests;

public class IdentificationTests
{
    private static readonly LovenseProtocol Protocol = LovenseTestDevice.Protocol;

    [Fact]
    public async Task Subscribes_rx_then_asks_device_type_and_reads_the_answer()
    {
        var hardware = MemoryHardware.Create("LVS-DoesntMatter");
        hardware.AddReply(Endpoints.Tx, "DeviceType;", Endpoints.Rx, "Z:11:0082059AD3BD;");

        var identifier = await Protocol.IdentifyAsync(hardware, CancellationToken.None);

        Assert.Equal("Z", identifier);
        Assert.Equal(
            [
                (HardwareOperationKind.Subscribe, Endpoints.Rx, ""),
                (HardwareOperationKind.Write, Endpoints.Tx, "DeviceType;"),
                (HardwareOperationKind.Notify, Endpoints.Rx, "Z:11:0082059AD3BD;"),
            ],
            hardware.Operations.Select(o => (o.Kind, o.Endpoint, Encoding.UTF8.GetString(o.Data ?? []))));
        Assert.False(hardware.Operations.Single(o => o.Kind == HardwareOperationKind.Write).WithResponse);
        Assert.Equal("Lovense Hush", Protocol.Definition.Resolve(identifier).Name);
    }

    [Fact]
    public async Task Answer_without_type_gives_the_default_model()
    {
        var hardware = MemoryHardware.Create("LVS-Z36");
        hardware.AddReply(Endpoints.Tx, "DeviceType;", Endpoints.Rx, "ERR;");

        var identifier = await Protocol.IdentifyAsync(hardware, CancellationToken.None);

        Assert.Equal("lovense", identifier);
        Assert.Equal("Lovense Device", Protocol.Definition.Resolve(identifier).Name);
    }

    [Fact]
    public async Task Silent_toy_is_asked_six_times_then_identified_by_its_name()
    {
        var hardware = MemoryHardware.Create("LVS-S36");

        var identifier = await Protocol.IdentifyAsync(hardware, CancellationToken.None);

        Assert.Equal("S", identifier);
        Assert.Equal(6, hardware.Writes.Count);
        Assert.All(hardware.Writes, w => Assert.Equal("DeviceType;", Encoding.UTF8.GetString(w.Data)));
    }

    [Fact]
    public async Task Silent_toy_without_type_in_its_name_gets_the_defaults()
    {
        var hardware = MemoryHardware.Create("LVS-DoesntMatter");

        var identifier = await Protocol.IdentifyAsync(hardware, CancellationToken.None);

        Assert.Null(identifier);
        Assert.Equal("Lovense Device", Protocol.Definition.Resolve(identifier).Name);
    }

    [Fact]
    public async Task Retry_count_and_timeout_come_from_the_options()
    {
        var protocol = new LovenseProtocol(new LovenseOptions { IdentifyReplyTimeout = TimeSpan.FromMilliseconds(5), IdentifyRetries = 1 });
        var hardware = MemoryHardware.Create("LVS-Z1");

        Assert.Equal("Z", await protocol.IdentifyAsync(hardware, CancellationToken.None));
        Assert.Equal(2, hardware.Writes.Count);
    }

    [Fact]
    public async Task Late_answer_to_a_repeated_question_is_taken()
    {
        var hardware = MemoryHardware.Create("LVS-DoesntMatter");
        var writes = 0;
        hardware.OperationRecorded += (_, op) =>
        {
            // Answer only the third question, as a toy that woke up late.
            if (op.Kind == HardwareOperationKind.Write && ++writes == 3)
                hardware.Notify(Endpoints.Rx, Encoding.UTF8.GetBytes("P:11:0082059AD3BD;"));
        };

        Assert.Equal("P", await Protocol.IdentifyAsync(hardware, CancellationToken.None));
        Assert.Equal(3, hardware.Writes.Count);
    }

    [Fact]
    public async Task Answer_that_is_not_text_is_an_error()
    {
        var hardware = MemoryHardware.Create("LVS-Z36");
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Encoding.UTF8.GetBytes("DeviceType;"), Endpoints.Rx, [0xff, 0xfe, 0x3b]));

        await Assert.ThrowsAsync<ProtocolException>(() => Protocol.IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task Disconnect_while_waiting_is_an_error()
    {
        // A long reply timeout: on a busy machine the disconnect may come later than the fast one.
        var protocol = new LovenseProtocol(new LovenseOptions { IdentifyReplyTimeout = TimeSpan.FromSeconds(30) });
        var hardware = MemoryHardware.Create("LVS-Z36");
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind == HardwareOperationKind.Write)
                _ = Task.Run(hardware.DisconnectAsync);
        };

        await Assert.ThrowsAsync<ProtocolException>(() => protocol.IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task Cancellation_ends_the_wait()
    {
        var protocol = new LovenseProtocol(new LovenseOptions { IdentifyReplyTimeout = TimeSpan.FromSeconds(30) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => protocol.IdentifyAsync(MemoryHardware.Create("LVS-Z1"), cancel.Token));
    }
}
