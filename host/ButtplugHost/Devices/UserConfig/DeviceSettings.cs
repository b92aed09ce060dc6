namespace ButtplugHost.Devices.UserConfig;

/// <summary>What the user device config says about one connecting device.</summary>
/// <param name="Index">The device index (reserved in the file, or newly assigned and written there).</param>
/// <param name="DisplayName">The user's name for the device, if any.</param>
/// <param name="MessageGapMs">The user's message gap, if set; it replaces the model's.</param>
/// <param name="Customization">Features as clients see them, and the value map.</param>
/// <param name="Reconnect">Whether it is reconnected by itself after a drop-out, if the user set it; it replaces <c>Reconnect:Enabled</c>.</param>
internal sealed record DeviceSettings(uint Index, string? DisplayName, uint? MessageGapMs, DeviceCustomization Customization, bool? Reconnect = null);
