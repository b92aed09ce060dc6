namespace ButtplugHost.Session.Approval;

/// <summary>Client approval settings (configuration section <c>Server</c>; docs/security.md).</summary>
internal sealed class ClientApprovalOptions
{
    /// <summary>Off (default), New or Always.</summary>
    public ClientApprovalMode ClientApproval { get; set; } = ClientApprovalMode.Off;

    /// <summary>How long a handshake is held waiting for an answer; then the client is refused.</summary>
    public int ClientApprovalTimeoutMs { get; set; } = 60_000;

    /// <summary>
    /// Where decisions are remembered. Unset: <c>client-approvals.json</c> beside the user device config
    /// file when there is one, otherwise only in memory.
    /// </summary>
    public string? ClientApprovalsFile { get; set; }

    /// <summary>Apps the configuration approves (a service's pre-approved apps): never asked about.</summary>
    public List<ApprovedClient> ApprovedClients { get; set; } = [];
}

/// <summary>One pre-approved app: its ClientName and web origin (<c>native</c>, the default, for apps that send none).</summary>
internal sealed class ApprovedClient
{
    public string Name { get; set; } = "";

    public string Origin { get; set; } = ClientIdentity.Native;
}
