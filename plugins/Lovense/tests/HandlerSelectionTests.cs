using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Lovense.Tests;

public class HandlerSelectionTests
{
    [Theory]
    [InlineData("Z", "SingleActuator")]
    [InlineData("F", "SingleActuator")]
    [InlineData("EI", "SingleActuator")]
    [InlineData("B", "Max")]
    [InlineData("A", "RotateVibrator")]
    [InlineData("EL", "RotateVibrator")]
    [InlineData("P", "DualActuator")]
    [InlineData("OC", "DualActuator")]
    [InlineData("EA", "DualActuator")]
    [InlineData("WD", "DualActuator")]
    [InlineData("EI-FW3", "MultiActuator")]
    [InlineData("U", "MultiActuator")]
    [InlineData("H", "Stroker")]
    [InlineData("BA", "Stroker")]
    [InlineData(null, "SingleActuator")]
    public void Model_gets_its_command_style(string? identifier, string kind)
    {
        var model = LovenseTestDevice.Protocol.Definition.Resolve(identifier);
        Assert.Equal(kind, LovenseHandlerSelector.Select(identifier, model.Features).ToString());
    }

    [Fact]
    public async Task Every_model_gets_a_command_style_that_handles_all_its_outputs()
    {
        // A handler is built for each model and driven with every output at its maximum.
        var definition = LovenseTestDevice.Protocol.Definition;
        foreach (var identifier in definition.Configurations.SelectMany(c => c.Identifier))
        {
            var model = definition.Resolve(identifier);
            var handler = LovenseTestDevice.Protocol.CreateHandler(new(Sdk.Testing.MemoryHardware.Create(), model, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
            foreach (var feature in model.Features.Where(f => f.Output is not null))
            {
                foreach (var (type, range) in feature.Output!)
                {
                    uint? duration = type == OutputType.HwPositionWithDuration ? 500 : null;
                    var commands = handler.HandleOutputs([new(feature.Index, type, range.Value.Max, duration)]);
                    Assert.True(type == OutputType.HwPositionWithDuration || commands.Count > 0, $"{identifier} {type}");
                }
            }
            Assert.NotEmpty(handler.HandleStop());
            await handler.DisposeAsync();
        }
    }

    [Fact]
    public void Three_motors_use_mply_even_without_other_outputs()
    {
        var features = Enumerable.Range(0, 3).Select(i => Output(i, OutputType.Vibrate)).ToList();
        Assert.Equal(LovenseHandlerKind.MultiActuator, LovenseHandlerSelector.Select("custom", features));
    }

    [Fact]
    public void Two_motors_and_a_pump_use_mply()
    {
        List<FeatureDefinition> features = [Output(0, OutputType.Vibrate), Output(1, OutputType.Oscillate), Output(2, OutputType.Constrict)];
        Assert.Equal(LovenseHandlerKind.MultiActuator, LovenseHandlerSelector.Select("custom", features));
    }

    [Fact]
    public void Stroker_type_wins_over_features()
    {
        List<FeatureDefinition> features = [Output(0, OutputType.Vibrate)];
        Assert.Equal(LovenseHandlerKind.Stroker, LovenseHandlerSelector.Select("H", features));
    }

    private static FeatureDefinition Output(int index, OutputType type) =>
        new() { Index = index, Output = new() { [type] = new OutputProperties { Value = new ValueRange(0, 20) } } };
}
