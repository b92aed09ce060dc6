using System.Text;
using ButtplugHost.Plugins.TCode;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Serial.Tests;

/// <summary>
/// The TCode protocol driving a serial port whose other end is a fake OSR2 on a pseudo-terminal,
/// wired the way the host wires them: protocol identify → model → handler → commands on the port.
/// </summary>
public class FakeOsr2Tests
{
    [Fact]
    public async Task TCode_lines_reach_the_device_byte_for_byte_and_unplugging_ends_it()
    {
        var osr2 = new PseudoTerminal();
        await using var fixture = await SerialFixture.StartAsync([osr2.SlavePath]);
        await fixture.Transport.StartScanningAsync(CancellationToken.None);
        var found = await fixture.Host.NextFoundAsync();
        await fixture.Transport.StopScanningAsync(CancellationToken.None);

        var protocol = new TCodeProtocol();
        var serial = protocol.Definition.Communication.Single(c => c.Serial is not null).Serial!;
        var assigned = new CommunicationSpecifier { Serial = new SerialSpecifier
        {
            Port = found.Address, BaudRate = serial.BaudRate, DataBits = serial.DataBits, Parity = serial.Parity, StopBits = serial.StopBits,
        } };
        var hardware = await fixture.Transport.ConnectAsync(found, assigned, CancellationToken.None);
        var model = protocol.Definition.Resolve(await protocol.IdentifyAsync(hardware, CancellationToken.None));
        Assert.Equal("TCode v0.3 (Single Linear Axis)", model.Name);
        await using var handler = protocol.CreateHandler(new ProtocolDevice(hardware, model, NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);

        foreach (var command in handler.HandleOutputs([new OutputCommand(0, OutputType.HwPositionWithDuration, 510, 200)]))
            await command.ExecuteAsync(hardware, CancellationToken.None);
        foreach (var command in handler.HandleOutputs([new OutputCommand(0, OutputType.Position, 25)]))
            await command.ExecuteAsync(hardware, CancellationToken.None);

        const string expected = "L0510I200\nL0025\n";
        Assert.Equal(Encoding.ASCII.GetBytes(expected), await osr2.WaitForBytesAsync(expected.Length));

        var disconnected = new TaskCompletionSource();
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();
        osr2.Dispose();
        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
