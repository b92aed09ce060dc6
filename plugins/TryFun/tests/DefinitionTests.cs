using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TryFun.Tests;

public class DefinitionTests
{
    private static readonly Dictionary<string, IProtocol> Protocols = new()
    {
        ["tryfun"] = new TryFunProtocol(),
        ["tryfun-blackhole"] = new TryFunBlackHoleProtocol(),
        ["tryfun-meta2"] = new TryFunMeta2Protocol(),
    };

    [Theory]
    [InlineData("tryfun", "TRYFUN-ONE", "TryFun Yuan Series", "0:Oscillate:0..9 1:Rotate:0..9")]
    [InlineData("tryfun", "TF-SPRAY", "TryFun Surge Pro", "0:Vibrate:0..4")]
    [InlineData("tryfun-blackhole", "TF-BHPLUS", "TryFun Black Hole Plus", "0:Oscillate:0..100 1:Vibrate:0..100")]
    [InlineData("tryfun-blackhole", "TF-ROCK", "TryFun Rock", "1:Vibrate:0..50")]
    [InlineData("tryfun-meta2", "TF-META2", "TryFun Meta 2", "0:Oscillate:0..100 1:Vibrate:0..100 2:Rotate:-100..100")]
    public void Every_model_resolves_with_its_features(string protocol, string name, string model, string features)
    {
        var resolved = Protocols[protocol].Definition.Resolve(name);
        Assert.Equal(model, resolved.Name);
        var actual = resolved.Features.SelectMany(f => f.Output!.Select(o => $"{f.Index}:{o.Key}:{o.Value.Value.Min}..{o.Value.Value.Max}"));
        Assert.Equal(features, string.Join(" ", actual));
    }

    [Theory]
    [InlineData("tryfun", "TF-SPRAY TRYFUN-ONE")]
    [InlineData("tryfun-blackhole", "TF-BHPLUS TF-ROCK")]
    [InlineData("tryfun-meta2", "TF-META2")]
    public void Names_are_the_references(string protocol, string names) =>
        Assert.Equal(names, string.Join(" ", Protocols[protocol].Definition.Communication.Single().Btle!.Names.Order(StringComparer.Ordinal)));

    [Fact]
    public void Tryfun_has_two_alternative_services()
    {
        var services = new TryFunProtocol().Definition.Communication.Single().Btle!.Services;
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), services[Guid.Parse("0000ff10-0000-1000-8000-00805f9b34fb")]["tx"]);
        Assert.Equal(Guid.Parse("0000ffb5-0000-1000-8000-00805f9b34fb"), services[Guid.Parse("0000ffac-0000-1000-8000-00805f9b34fb")]["tx"]);
    }

    [Theory]
    [InlineData("tryfun-blackhole")]
    [InlineData("tryfun-meta2")]
    public void The_counted_protocols_write_to_ffb7(string protocol)
    {
        var services = Protocols[protocol].Definition.Communication.Single().Btle!.Services;
        Assert.Equal(Guid.Parse("0000ffb7-0000-1000-8000-00805f9b34fb"), services[Guid.Parse("0000ffac-0000-1000-8000-00805f9b34fb")]["tx"]);
    }
}
