using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.Hismith;

/// <summary>
/// Hismith devices report their model in the <c>rxblemodel</c> characteristic, e.g. bytes
/// <c>10 05</c>; the identifier is those bytes as lowercase hex, <c>"1005"</c>.
/// </summary>
public static class ModelIdentifier
{
    /// <summary>Reads the model characteristic and returns its hex form.</summary>
    public static async Task<string> ReadAsync(IHardware hardware, CancellationToken cancellationToken)
    {
        var bytes = await hardware.ReadAsync(Endpoints.RxBleModel, cancellationToken);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>The models that speak the original 0xAA protocol; every other model speaks hismith-mini.</summary>
    public static IReadOnlySet<string> Legacy { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "1001", "1002", "1003", "1006", "2001", "3001",
    };

    /// <summary>True when <paramref name="identifier"/> is a legacy (0xAA) model.</summary>
    public static bool IsLegacy(string? identifier) => identifier is not null && Legacy.Contains(identifier);
}
