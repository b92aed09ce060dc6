namespace ButtplugHost.Plugins.Vorze;

/// <summary>How a vorze-sa model is driven: which packet layout it uses and its model byte.</summary>
/// <param name="Layout">The packet layout.</param>
/// <param name="Code">The model byte.</param>
public sealed record VorzeModelKind(VorzePacketLayout Layout, VorzeDeviceCode Code)
{
    /// <summary>
    /// Recognises a model from its identifier (the advertised name), case-insensitively and by
    /// substring, the way the devices name themselves. Null when the name is not a known model.
    /// </summary>
    public static VorzeModelKind? FromName(string? name)
    {
        var n = (name ?? "").ToLowerInvariant();
        // "UFO-TW" must be checked before the plain UFO.
        if (n.Contains("ufo-tw"))
            return new(VorzePacketLayout.DualRotator, VorzeDeviceCode.UfoTw);
        if (n.Contains("cycsa"))
            return new(VorzePacketLayout.SingleRotator, VorzeDeviceCode.Cyclone);
        if (n.Contains("ufo"))
            return new(VorzePacketLayout.SingleRotator, VorzeDeviceCode.Ufo);
        if (n.Contains("bach"))
            return new(VorzePacketLayout.SingleVibrator, VorzeDeviceCode.Bach);
        if (n.Contains("rocket"))
            return new(VorzePacketLayout.SingleVibrator, VorzeDeviceCode.Rocket);
        if (n.Contains("omor"))
            return new(VorzePacketLayout.DualVibrator, VorzeDeviceCode.Omorfi);
        if (n.Contains("piston"))
            return new(VorzePacketLayout.Piston, VorzeDeviceCode.Piston);
        return null;
    }
}

/// <summary>The packet layouts of the vorze-sa protocol.</summary>
public enum VorzePacketLayout
{
    /// <summary><c>[model, 0x01, dir|speed]</c>.</summary>
    SingleRotator,
    /// <summary><c>[model, dir|speed0, dir|speed1]</c>.</summary>
    DualRotator,
    /// <summary><c>[model, 0x03, speed]</c>.</summary>
    SingleVibrator,
    /// <summary><c>[model, speed0, speed1]</c>.</summary>
    DualVibrator,
    /// <summary><c>[model, position, speed]</c>.</summary>
    Piston,
}
