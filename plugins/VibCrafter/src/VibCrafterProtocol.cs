using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.VibCrafter;

/// <summary>The vibcrafter protocol: the advertised name selects the model; a handshake precedes every session.</summary>
public sealed class VibCrafterProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "vibcrafter";

    /// <summary>How long a toy may take to complete the handshake.</summary>
    public static readonly TimeSpan DefaultAuthenticationTimeout = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _time;
    private readonly Func<string> _code;

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    /// <param name="time">The clock the handshake's timeout runs on; the system clock by default.</param>
    public VibCrafterProtocol(TimeProvider? time = null) : this(time, VibCrafterAuthentication.RandomCode) { }

    /// <summary>For tests: the handshake's random code comes from <paramref name="code"/>.</summary>
    internal VibCrafterProtocol(TimeProvider? time, Func<string> code) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
        _code = code;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new VibCrafterHandler(device, _time, _code);
}
