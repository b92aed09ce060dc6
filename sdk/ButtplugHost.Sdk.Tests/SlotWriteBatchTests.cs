using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Sdk.Tests;

public class SlotWriteBatchTests
{
    private static SlotWrite Write(string slot, byte value) => new(slot, HardwareCommand.Write(Endpoints.Tx, [value]));

    [Fact]
    public void The_first_outputs_writes_are_kept_as_they_are()
    {
        var batch = new SlotWriteBatch();
        batch.Add([Write("a", 1), Write("a", 2), Write("b", 3)]);
        Assert.Equal([Write("a", 1).Command, Write("a", 2).Command, Write("b", 3).Command], batch.Commands);
    }

    [Fact]
    public void Later_writes_replace_earlier_writes_to_their_slot_and_go_last()
    {
        var batch = new SlotWriteBatch();
        batch.Add([Write("both", 1), Write("left", 2)]);
        batch.Add([Write("both", 3)]);
        Assert.Equal([Write("left", 2).Command, Write("both", 3).Command], batch.Commands);
    }

    [Fact]
    public void An_empty_batch_has_no_commands()
    {
        Assert.Empty(new SlotWriteBatch().Commands);
    }
}

public class LastOutputValuesTests
{
    [Fact]
    public void Pending_leaves_out_outputs_known_to_hold_the_value()
    {
        var last = new LastOutputValues();
        last.Remember(new OutputCommand(0, OutputType.Vibrate, 0));
        last.Remember(new OutputCommand(1, OutputType.Vibrate, 5));
        var stops = new[]
        {
            new OutputCommand(0, OutputType.Vibrate, 0),
            new OutputCommand(1, OutputType.Vibrate, 0),
            new OutputCommand(1, OutputType.Rotate, 0),
        };
        Assert.Equal([stops[1], stops[2]], last.Pending(stops));
        Assert.True(last.TryGetValue(1, OutputType.Vibrate, out var value));
        Assert.Equal(5, value);
        Assert.False(last.TryGetValue(1, OutputType.Rotate, out _));
    }
}
