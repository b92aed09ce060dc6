namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>What the transport knows of one Lovense Connect app.</summary>
/// <param name="Address">Base address of its HTTP API.</param>
/// <param name="Configured">Listed in <c>LovenseConnect:Hosts</c> (kept when it stops answering) rather than discovered (forgotten then).</param>
internal sealed class AppState(string Address, bool Configured)
{
    public string Address { get; } = Address;

    public bool Configured { get; } = Configured;

    /// <summary>Whether its last poll was answered; null before the first.</summary>
    public bool? Reachable { get; set; }
}
