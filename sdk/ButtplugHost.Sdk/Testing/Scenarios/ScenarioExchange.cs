namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>
/// One operation the protocol must carry out on the device, in order: exactly one of
/// <see cref="Write"/>, <see cref="Read"/>, <see cref="Subscribe"/> or <see cref="Unsubscribe"/>
/// names its endpoint. Bytes are given as <see cref="Hex"/> or as UTF-8 <see cref="Text"/>.
/// </summary>
public sealed class ScenarioExchange
{
    /// <summary>A write to this endpoint, of the bytes given.</summary>
    public string? Write { get; set; }

    /// <summary>A read of this endpoint; the bytes given are what the device returns.</summary>
    public string? Read { get; set; }

    /// <summary>A subscription to this endpoint.</summary>
    public string? Subscribe { get; set; }

    /// <summary>The end of a subscription to this endpoint.</summary>
    public string? Unsubscribe { get; set; }

    /// <summary>The bytes as hex, spaces optional (<c>"01 32"</c>, <c>"0132"</c>).</summary>
    public string? Hex { get; set; }

    /// <summary>The bytes as UTF-8 text (<c>"Vibrate:10;"</c>).</summary>
    public string? Text { get; set; }

    /// <summary>For writes: written with response (acknowledged). False by default.</summary>
    public bool Ack { get; set; }

    /// <summary>
    /// What the device notifies in answer: for writes, to writes starting with these bytes; for
    /// subscriptions, once, as soon as the endpoint is subscribed.
    /// </summary>
    public ScenarioNotification? Reply { get; set; }
}
