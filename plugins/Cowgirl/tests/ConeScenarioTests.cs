using ButtplugHost.Sdk.Testing.Scenarios;

namespace ButtplugHost.Plugins.Cowgirl.Tests;

/// <summary>
/// Plays <c>cone-scenarios/</c> with the SDK's scenario player on an <see cref="ImpatientClock"/>:
/// the shared scenario test's fake clock never moves during a device's start-up, and the cone's
/// start-up waits 3 s (the reference skips its case for the same reason).
/// </summary>
public class ConeScenarioTests
{
    [Fact]
    public async Task Cone_scenarios_play()
    {
        var files = ScenarioFile.Find(Path.Combine(AppContext.BaseDirectory, "cone-scenarios"));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var clock = new ImpatientClock();
            var player = new ScenarioPlayer(ScenarioProtocols.FromPlugin(new CowgirlPlugin(), clock)) { Time = clock, Advance = clock.Advance };
            await player.PlayFileAsync(file);
        }
    }
}
