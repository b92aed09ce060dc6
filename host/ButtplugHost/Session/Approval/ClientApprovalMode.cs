namespace ButtplugHost.Session.Approval;

/// <summary>When the person at the server is asked before a client may connect (<c>Server:ClientApproval</c>).</summary>
internal enum ClientApprovalMode
{
    /// <summary>Every client that passes the endpoint's checks connects (the command line's default).</summary>
    Off,

    /// <summary>Clients not seen before are asked about; remembered decisions and pre-approved apps are not.</summary>
    New,

    /// <summary>Every client is asked about, except pre-approved apps; remembered denials still refuse at once.</summary>
    Always,
}
