using ButtplugHost.Rest;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Tests.Rest;

/// <summary>Levels become steps as the reference's client computes them.</summary>
public sealed class OutputLevelTests
{
    [Theory]
    [InlineData(0.5, 0, 20, 10)]
    [InlineData(0.01, 0, 20, 1)]
    [InlineData(0.00000001, 0, 20, 0)]
    [InlineData(1.0, 0, 20, 20)]
    [InlineData(0.0, 0, 20, 0)]
    [InlineData(0.33, 0, 10, 4)]
    [InlineData(-0.5, -20, 20, -10)]
    [InlineData(-0.33, -10, 10, -4)]
    public void A_level_is_scaled_to_the_top_step_and_rounded_away_from_zero_when_positive(double level, int min, int max, int steps)
    {
        Assert.Equal(steps, OutputLevel.ToSteps(level, new ValueRange(min, max), 0, 0, OutputType.Vibrate));
    }

    [Fact]
    public void A_level_whose_steps_fall_outside_the_range_is_a_400()
    {
        var error = Assert.Throws<RestError>(() => OutputLevel.ToSteps(-0.5, new ValueRange(0, 20), 3, 1, OutputType.Vibrate));
        Assert.Equal(400, error.Status);
        Assert.Contains("device 3 feature 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vibrate", OutputType.Vibrate)]
    [InlineData("vibrate", OutputType.Vibrate)]
    [InlineData("Led", OutputType.Led)]
    [InlineData("led", OutputType.Led)]
    [InlineData("Spray", OutputType.Spray)]
    public void Output_types_go_by_message_name_or_snake_case(string text, OutputType type) =>
        Assert.Equal(type, OutputLevel.ParseType(text));

    [Theory]
    [InlineData("VIBRATE")]
    [InlineData("hw_position_with_duration")]
    [InlineData("Unknown")]
    [InlineData("")]
    public void Other_output_types_are_a_400(string text) =>
        Assert.Equal(400, Assert.Throws<RestError>(() => OutputLevel.ParseType(text)).Status);

    [Theory]
    [InlineData("1.0001")]
    [InlineData("-1.5")]
    [InlineData("Infinity")]
    [InlineData("0,5")]
    [InlineData("")]
    public void Levels_that_are_not_a_fraction_from_minus_one_to_one_are_a_400(string text) =>
        Assert.Equal(400, Assert.Throws<RestError>(() => OutputLevel.ParseLevel(text)).Status);
}
