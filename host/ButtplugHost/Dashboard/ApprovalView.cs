using ButtplugHost.Session.Approval;

namespace ButtplugHost.Dashboard;

/// <summary>Client approval as the status page shows it: the setting, the requests waiting now, the remembered decisions.</summary>
internal sealed record ApprovalView(ClientApprovalMode Mode, double TimeoutSeconds, string? File, List<ApprovalView.Request> Pending, List<ApprovalView.Remembered> Decisions)
{
    public static ApprovalView Of(ClientApprovals approvals) => new(
        approvals.Mode,
        approvals.Timeout.TotalSeconds,
        approvals.Store.FilePath,
        [.. approvals.Pending.OrderBy(p => p.Since).Select(p => new Request(p.Id, p.Client.Name, p.Client.Origin, p.SpecVersion, p.Address, p.Since, p.Deadline))],
        [.. approvals.Store.Clients.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(c => new Remembered(c.Name, c.Origin, c.Decision, c.Decided, false))
            .Concat(approvals.Preapproved.Select(c => new Remembered(c.Name, c.Origin, ClientDecision.Allow, null, true)))]);

    /// <summary>A client whose handshake waits for an answer.</summary>
    public sealed record Request(string Id, string Name, string Origin, int SpecVersion, string Address, DateTimeOffset Since, DateTimeOffset Deadline);

    /// <summary>A remembered decision; <paramref name="Configured"/> ones come from the configuration and cannot be revoked on the page.</summary>
    public sealed record Remembered(string Name, string Origin, ClientDecision Decision, DateTimeOffset? Decided, bool Configured);
}
