using System.Security.Cryptography;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Fluffer;

/// <summary>
/// The fluffer protocol. Devices are recognised by company 26698's manufacturer data; the advertised
/// name (<c>FDGTHING</c>, <c>MBO</c>, …) selects the model.
/// </summary>
public sealed class FlufferProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "fluffer";

    /// <summary>How long a toy may take to answer the authentication.</summary>
    public static readonly TimeSpan DefaultAuthenticationTimeout = TimeSpan.FromSeconds(10);

    private readonly Func<byte[]> _random;
    private readonly TimeSpan _authenticationTimeout;

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public FlufferProtocol() : this(() => RandomNumberGenerator.GetBytes(4), DefaultAuthenticationTimeout) { }

    /// <summary>For tests: the challenge's four random bytes come from <paramref name="random"/>.</summary>
    internal FlufferProtocol(Func<byte[]> random, TimeSpan authenticationTimeout) : base(ProtocolName)
    {
        _random = random;
        _authenticationTimeout = authenticationTimeout;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new FlufferHandler(device, _random, _authenticationTimeout);
}
