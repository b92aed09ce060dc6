using System.Text;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lovense.Tests;

public class BatteryTests
{
    [Theory]
    [InlineData("85;", 85)]
    [InlineData("100;", 100)]
    [InlineData("0;", 0)]
    [InlineData("s89;", 89)]
    [InlineData("+7;", 7)]
    [InlineData("85", 8)] // the last character is always dropped, as the toy ends every line with ';'
    public void Battery_answers_are_read(string reply, int level)
    {
        Assert.True(BatteryReply.TryParse(Encoding.UTF8.GetBytes(reply), out var parsed));
        Assert.Equal(level, parsed);
    }

    [Theory]
    [InlineData("Z:11:0082059AD3BD;")]
    [InlineData("OK;")]
    [InlineData(";")]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("256;")]
    [InlineData("-1;")]
    [InlineData("8 5;")]
    public void Other_lines_are_not_battery_answers(string reply) =>
        Assert.False(BatteryReply.TryParse(Encoding.UTF8.GetBytes(reply), out _));

    [Fact]
    public void Bytes_that_are_not_text_are_not_battery_answers() =>
        Assert.False(BatteryReply.TryParse([0xff, 0x35, 0x3b], out _));

    [Fact]
    public async Task Lines_that_are_not_battery_answers_are_skipped()
    {
        await using var toy = await LovenseTestDevice.ConnectAsync("Z:11:0082059AD3BD;");
        toy.Hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind == HardwareOperationKind.Write && op.Data!.AsSpan().SequenceEqual("Battery;"u8))
            {
                toy.Hardware.Notify(Endpoints.Rx, "Z:11:0082059AD3BD;"u8.ToArray());
                toy.Hardware.Notify(Endpoints.Rx, "OK;"u8.ToArray());
                toy.Hardware.Notify(Endpoints.Rx, "s85;"u8.ToArray());
            }
        };

        Assert.Equal(85, await toy.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public async Task Answer_arriving_after_the_write_is_read()
    {
        // A patient protocol: under load the answer below may take a while to be sent.
        var patient = new LovenseProtocol(LovenseTestDevice.FastOptions with { BatteryReplyTimeout = TimeSpan.FromSeconds(30) });
        await using var toy = await ProtocolTestDevice.ConnectAsync(patient, "LVS-DoesntMatter",
            hardware => hardware.AddReply(Endpoints.Tx, "DeviceType;", Endpoints.Rx, "Z:11:0082059AD3BD;"));

        var read = toy.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None);
        while (!toy.Hardware.Writes.Any(w => w.Data.AsSpan().SequenceEqual("Battery;"u8)))
            await Task.Delay(5);
        toy.Hardware.Notify(Endpoints.Rx, "42;"u8.ToArray());

        Assert.Equal(42, await read);
    }

    [Fact]
    public async Task Missing_answer_is_a_protocol_error_not_a_hang()
    {
        await using var toy = await LovenseTestDevice.ConnectAsync("Z:11:0082059AD3BD;");

        var error = await Assert.ThrowsAsync<ProtocolException>(() => toy.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
        Assert.Contains("Battery;", error.Message);
    }

    [Fact]
    public async Task Disconnect_while_reading_is_a_protocol_error()
    {
        await using var toy = await LovenseTestDevice.ConnectAsync("Z:11:0082059AD3BD;");
        toy.Hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind == HardwareOperationKind.Write)
                _ = Task.Run(toy.Hardware.DisconnectAsync);
        };

        await Assert.ThrowsAsync<ProtocolException>(() => toy.Handler.ReadInputAsync(1, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public async Task Reading_a_feature_without_battery_is_rejected()
    {
        await using var toy = await LovenseTestDevice.ConnectAsync("Z:11:0082059AD3BD;");

        await Assert.ThrowsAsync<ProtocolException>(() => toy.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
        await Assert.ThrowsAsync<ProtocolException>(() => toy.Handler.SubscribeInputAsync(1, InputType.Battery, CancellationToken.None));
        Assert.Empty(toy.Hardware.Writes.Skip(1));
    }
}
