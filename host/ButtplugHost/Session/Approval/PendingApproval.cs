namespace ButtplugHost.Session.Approval;

/// <summary>A client whose handshake is held until the person answers (or the wait ends).</summary>
internal sealed class PendingApproval(string id, ClientIdentity client, int specVersion, string address, DateTimeOffset since, DateTimeOffset deadline)
{
    private readonly TaskCompletionSource<ApprovalOutcome> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A random id the status page answers by.</summary>
    public string Id => id;

    public ClientIdentity Client => client;

    public int SpecVersion => specVersion;

    /// <summary>The client's network address.</summary>
    public string Address => address;

    public DateTimeOffset Since => since;

    /// <summary>When the client is refused if nobody answered.</summary>
    public DateTimeOffset Deadline => deadline;

    public Task<ApprovalOutcome> Answer => _answer.Task;

    /// <summary>False when the request was already answered.</summary>
    public bool Settle(ApprovalOutcome outcome) => _answer.TrySetResult(outcome);
}

/// <summary>How a held handshake ends.</summary>
internal enum ApprovalOutcome
{
    Allowed,
    Denied,
    TimedOut,
}

/// <summary>The person's answer on the status page (or the command line).</summary>
internal enum ApprovalAnswer
{
    /// <summary>This connection only; the app is asked about again next time.</summary>
    AllowOnce,

    /// <summary>Remembered: the app connects without asking from now on (with approval <c>new</c>).</summary>
    AlwaysAllow,

    /// <summary>Remembered: the app is refused without asking until the denial is revoked.</summary>
    Deny,
}
