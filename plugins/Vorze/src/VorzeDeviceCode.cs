namespace ButtplugHost.Plugins.Vorze;

/// <summary>The model byte that starts every vorze-sa packet.</summary>
public enum VorzeDeviceCode : byte
{
    /// <summary>A10 Cyclone SA.</summary>
    Cyclone = 1,
    /// <summary>UFO SA.</summary>
    Ufo = 2,
    /// <summary>Piston.</summary>
    Piston = 3,
    /// <summary>UFO TW (two rotators in one packet).</summary>
    UfoTw = 5,
    /// <summary>Bach.</summary>
    Bach = 6,
    /// <summary>Adult Festa Rocket.</summary>
    Rocket = 7,
    /// <summary>Omorfi (two vibrators in one packet).</summary>
    Omorfi = 9,
}

/// <summary>The action byte of single-output packets.</summary>
internal enum VorzeAction : byte
{
    Rotate = 1,
    Vibrate = 3,
}
