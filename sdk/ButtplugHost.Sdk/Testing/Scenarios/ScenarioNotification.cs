namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>Bytes the device sends on an endpoint (delivered only while it is subscribed, as over BLE).</summary>
public sealed class ScenarioNotification
{
    /// <summary>The endpoint, <c>rx</c> by default.</summary>
    public string Endpoint { get; set; } = "rx";

    /// <summary>The bytes as hex, spaces optional.</summary>
    public string? Hex { get; set; }

    /// <summary>The bytes as UTF-8 text.</summary>
    public string? Text { get; set; }
}
