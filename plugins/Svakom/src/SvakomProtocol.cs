using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using static ButtplugHost.Plugins.Svakom.CombinedVibratorHandler;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>
/// One of the twenty <c>svakom-*</c> protocols. Models are identified by advertised name; every
/// variant writes to <c>tx</c>. <see cref="All"/> lists them with their handlers.
/// </summary>
public sealed class SvakomProtocol : ProtocolBase
{
    private readonly Func<ProtocolDevice, ProtocolHandler> _createHandler;

    private SvakomProtocol(ProtocolDefinition definition, Func<ProtocolDevice, ProtocolHandler> createHandler) : base(definition)
    {
        _createHandler = createHandler;
    }

    /// <summary>Every Svakom protocol, with its definition from the embedded <c>devices.json</c>.</summary>
    /// <exception cref="InvalidOperationException">A protocol has no definition.</exception>
    public static IReadOnlyList<SvakomProtocol> All()
    {
        var definitions = DefinitionFile.LoadEmbedded(typeof(SvakomProtocol).Assembly).ToDictionary(d => d.Name);
        return [.. Handlers.Select(h => new SvakomProtocol(
            definitions.TryGetValue(h.Name, out var definition) ? definition : throw new InvalidOperationException($"devices.json has no '{h.Name}'."),
            h.Create))];
    }

    /// <summary>The handler of every Svakom protocol, by protocol name.</summary>
    internal static IReadOnlyList<(string Name, Func<ProtocolDevice, ProtocolHandler> Create)> Handlers { get; } =
    [
        Stateless("svakom-alex", FeaturePackets.Alex),
        Stateless("svakom-alex-v2", FeaturePackets.AlexV2),
        Stateless("svakom-avaneo", FeaturePackets.AvaNeo),
        Stateless("svakom-barnard", FeaturePackets.Barnard),
        Combined("svakom-barney", Variant.Barney),
        Stateless("svakom-dice", FeaturePackets.Dice),
        Stateless("svakom-dt250a", FeaturePackets.Dt250a),
        ("svakom-iker", d => new IkerHandler(d)),
        Stateless("svakom-jordan", FeaturePackets.Jordan),
        Stateless("svakom-pulse", FeaturePackets.Pulse),
        ("svakom-sam", d => new SamHandler(d)),
        Stateless("svakom-sam2", FeaturePackets.Sam2),
        Stateless("svakom-suitcase", FeaturePackets.Suitcase),
        Stateless("svakom-tarax", FeaturePackets.TaraX),
        Stateless("svakom-v1", FeaturePackets.V1),
        Stateless("svakom-v2", FeaturePackets.V2),
        Stateless("svakom-v3", FeaturePackets.V3),
        Combined("svakom-v4", Variant.V4),
        Combined("svakom-v5", Variant.V5),
        Combined("svakom-v6", Variant.V6),
    ];

    /// <summary>The protocol named <paramref name="name"/> (e.g. <c>svakom-v5</c>).</summary>
    /// <exception cref="ArgumentException">No Svakom protocol has that name.</exception>
    public static SvakomProtocol Named(string name) =>
        All().SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No Svakom protocol is named '{name}'.", nameof(name));

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => _createHandler(device);

    private static (string, Func<ProtocolDevice, ProtocolHandler>) Stateless(string name, FeaturePacketFormat format) =>
        (name, d => new FeaturePacketHandler(d, format));

    private static (string, Func<ProtocolDevice, ProtocolHandler>) Combined(string name, Variant variant) =>
        (name, d => new CombinedVibratorHandler(d, variant));
}
