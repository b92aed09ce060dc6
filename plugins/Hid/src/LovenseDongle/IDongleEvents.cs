namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>What a <see cref="DongleSession"/> tells its transport. Called outside the session's lock.</summary>
internal interface IDongleEvents
{
    /// <summary>A toy is connected to the dongle (found by a search, or already connected).</summary>
    void ToyConnected(string id);

    /// <summary>The toy sent a line (the answer to a command: <c>Z:11:0082059AD3BD;</c>, <c>85;</c>).</summary>
    void ToyData(string id, string data);

    /// <summary>The toy is gone (it disconnected from the dongle, or the dongle was unplugged).</summary>
    void ToyDisconnected(string id);

    /// <summary>The scan that was asked for has ended.</summary>
    void ScanningFinished();
}
