namespace ButtplugHost.Plugins.XInput;

/// <summary>The configuration section <c>XInput</c>.</summary>
public sealed class XInputOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "XInput";

    /// <summary>Whether to look for gamepads. On by default on Windows (the only system with XInput).</summary>
    public bool Enabled { get; set; } = OperatingSystem.IsWindows();

    /// <summary>
    /// How often the four controller slots are checked: while scanning for controllers plugged in, and
    /// while a controller is connected for it being unplugged (the reference checks every 500 ms).
    /// </summary>
    public int PollIntervalMs { get; set; } = 500;
}
