namespace ButtplugHost.Session;

/// <summary>
/// The server's client slots (one unless <c>--max-clients</c> says more). A session takes it at a successful handshake (not at connect, so
/// an idle connection locks nobody out) and gives it back once its devices are stopped.
/// </summary>
internal interface IClientSlot
{
    /// <summary>
    /// Takes the slot for <paramref name="session"/>, waiting (bounded) for a previous session that is
    /// ending. False when another client keeps it.
    /// </summary>
    Task<bool> TryClaimAsync(ClientSession session, CancellationToken cancellationToken);

    /// <summary>What a refused client is told.</summary>
    string BusyReason { get; }

    /// <summary>Gives the slot back if <paramref name="session"/> holds it.</summary>
    void Release(ClientSession session);
}
