using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Patoo;

/// <summary>
/// The patoo protocol. Patoo toys advertise their model letters followed by a number (<c>PTVEA2</c>);
/// the letters before the first digit select the model.
/// </summary>
public sealed class PatooProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "patoo";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public PatooProtocol() : base(ProtocolName) { }

    /// <summary>The advertised name up to its first digit.</summary>
    public override Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(ModelLetters(hardware.Identity.Name));

    /// <summary>The part of <paramref name="name"/> before its first ASCII digit (all of it when it has none).</summary>
    public static string ModelLetters(string name)
    {
        var digit = name.AsSpan().IndexOfAnyInRange('0', '9');
        return digit < 0 ? name : name[..digit];
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new PatooHandler(device);
}
