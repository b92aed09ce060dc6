using System.Security.Cryptography;
using ButtplugHost.Server.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ButtplugHost.Session.Approval;

/// <summary>
/// The person decides which apps may connect (<c>Server:ClientApproval</c>). A handshake that needs an
/// answer waits here, bounded, while the status page shows it and the log says how to approve it;
/// Always allow and Deny are remembered in the <see cref="ApprovalStore"/>, and the configuration's
/// <c>ApprovedClients</c> are approved in advance.
/// </summary>
internal sealed class ClientApprovals : IDisposable
{
    private readonly object _gate = new();
    private readonly List<PendingApproval> _pending = [];
    private readonly ClientApprovalOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private string? _page;
    private bool _pageNeedsToken;

    public ClientApprovals(IOptions<ClientApprovalOptions> options, IConfiguration configuration, ILogger<ClientApprovals> logger, TimeProvider time)
    {
        _options = options.Value;
        _logger = logger;
        _time = time;
        Store = new ApprovalStore(FileOf(_options, configuration), logger);
        Store.Reloaded += OnStoreReloaded;
        if (Mode != ClientApprovalMode.Off)
            Store.StartWatching();
    }

    /// <summary>Where decisions are saved: the setting, else beside the user device config, else nowhere.</summary>
    public static string? FileOf(ClientApprovalOptions options, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientApprovalsFile))
            return Path.GetFullPath(options.ClientApprovalsFile);
        return configuration["Server:UserDeviceConfigFile"] is { Length: > 0 } user
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(user))!, "client-approvals.json")
            : null;
    }

    public ClientApprovalMode Mode => _options.ClientApproval;

    public TimeSpan Timeout => TimeSpan.FromMilliseconds(Math.Max(1, _options.ClientApprovalTimeoutMs));

    public ApprovalStore Store { get; }

    /// <summary>Raised when a request arrives or ends, or a remembered decision changes.</summary>
    public event Action? Changed;

    /// <summary>The clients waiting for an answer now.</summary>
    public IReadOnlyList<PendingApproval> Pending
    {
        get
        {
            lock (_gate)
                return [.. _pending];
        }
    }

    /// <summary>The apps the configuration approves in advance.</summary>
    public IEnumerable<ClientIdentity> Preapproved => _options.ApprovedClients.Where(c => c.Name.Length > 0).Select(c => ClientIdentity.Of(c.Name, c.Origin));

    /// <summary>The status page's address (for the log line that tells how to answer).</summary>
    public void UsePage(string address, bool needsToken)
    {
        _page = address.TrimEnd('/');
        _pageNeedsToken = needsToken;
    }

    /// <summary>What to do with a client at its handshake, before anyone is asked.</summary>
    public ApprovalCheck Check(ClientIdentity client)
    {
        if (Mode == ClientApprovalMode.Off)
            return ApprovalCheck.Allow;
        var remembered = Store.Find(client);
        if (remembered?.Decision == ClientDecision.Deny)
            return ApprovalCheck.Deny;
        if (Preapproved.Contains(client))
            return ApprovalCheck.Allow;
        if (Mode == ClientApprovalMode.New && remembered?.Decision == ClientDecision.Allow)
            return ApprovalCheck.Allow;
        return ApprovalCheck.Ask;
    }

    /// <summary>
    /// Holds until the person answers, the wait runs out (<see cref="ApprovalOutcome.TimedOut"/>), or
    /// <paramref name="cancellationToken"/> ends it (the client left: the request disappears).
    /// </summary>
    public async Task<ApprovalOutcome> AskAsync(ClientIdentity client, int specVersion, string address, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var request = new PendingApproval(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), client, specVersion, address, now, now + Timeout);
        lock (_gate)
            _pending.Add(request);
        Changed?.Invoke();
        LogRequest(request);
        try
        {
            ApprovalOutcome outcome;
            try
            {
                outcome = await request.Answer.WaitAsync(Timeout, _time, cancellationToken);
            }
            catch (TimeoutException)
            {
                request.Settle(ApprovalOutcome.TimedOut);
                outcome = await request.Answer; // an answer may have come in the same instant
            }
            _logger.LogInformation("App {Name} (origin {Origin}, from {Address}): {Outcome}", UntrustedText.ForLog(client.Name), UntrustedText.ForLog(client.Origin), address, outcome switch
            {
                ApprovalOutcome.Allowed => "allowed",
                ApprovalOutcome.Denied => "denied",
                _ => $"no answer within {Timeout.TotalSeconds:0.#} s, refused",
            });
            return outcome;
        }
        catch (OperationCanceledException)
        {
            _logger.LogInformation("App {Name} (from {Address}) left while waiting for approval", UntrustedText.ForLog(client.Name), address);
            throw;
        }
        finally
        {
            lock (_gate)
                _pending.Remove(request);
            Changed?.Invoke();
        }
    }

    /// <summary>The person answered request <paramref name="id"/>; false when no such request waits.</summary>
    public bool Answer(string id, ApprovalAnswer answer)
    {
        PendingApproval? request;
        lock (_gate)
            request = _pending.FirstOrDefault(p => p.Id == id);
        if (request is null)
            return false;
        if (answer == ApprovalAnswer.AllowOnce)
        {
            request.Settle(ApprovalOutcome.Allowed);
            return true;
        }
        var decision = answer == ApprovalAnswer.AlwaysAllow ? ClientDecision.Allow : ClientDecision.Deny;
        Store.Remember(request.Client, decision, _time.GetUtcNow());
        // The same app may wait on another connection too: it gets the same answer.
        foreach (var same in Pending.Where(p => p.Client == request.Client))
            same.Settle(decision == ClientDecision.Allow ? ApprovalOutcome.Allowed : ApprovalOutcome.Denied);
        Changed?.Invoke();
        return true;
    }

    /// <summary>Revokes a remembered decision: the app is asked about again. False when none was remembered.</summary>
    public bool Forget(ClientIdentity client)
    {
        if (!Store.Forget(client))
            return false;
        _logger.LogInformation("App {Name} (origin {Origin}): remembered decision revoked", UntrustedText.ForLog(client.Name), UntrustedText.ForLog(client.Origin));
        Changed?.Invoke();
        return true;
    }

    // The file changed (--approve-client, --deny-client): a decision made after a request arrived answers it.
    private void OnStoreReloaded()
    {
        foreach (var request in Pending)
        {
            if (Store.Find(request.Client) is { } decided && decided.Decided >= request.Since)
                request.Settle(decided.Decision == ClientDecision.Allow ? ApprovalOutcome.Allowed : ApprovalOutcome.Denied);
        }
        Changed?.Invoke();
    }

    private void LogRequest(PendingApproval request)
    {
        var where = new List<string>();
        if (_page is not null)
            where.Add($"on the status page {_page}/");
        if (ApprovalCommand.ApproveCommand(request.Client, Store.FilePath) is { } command)
            where.Add($"for good with: {command}");
        if (_page is not null)
            where.Add($"once with: curl -X POST{(_pageNeedsToken ? " -H 'Authorization: Bearer <token>'" : "")} -H 'Content-Type: application/json' -d '{{\"answer\":\"AllowOnce\"}}' {_page}/api/approvals/{request.Id}");
        _logger.LogWarning("App {Name} (origin {Origin}, message spec v{Version}, from {Address}) asks to connect; its handshake waits up to {Seconds} s. Approve it {Where}",
            UntrustedText.ForLog(request.Client.Name), UntrustedText.ForLog(request.Client.Origin), request.SpecVersion, request.Address, Timeout.TotalSeconds,
            where.Count == 0 ? "(no status page and no approvals file: set --client-approvals-file or --dashboard-port)" : string.Join("; or ", where));
    }

    public void Dispose() => Store.Dispose();
}

/// <summary>The first look at a client at its handshake.</summary>
internal enum ApprovalCheck
{
    Allow,
    Deny,
    Ask,
}
