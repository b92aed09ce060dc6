using ButtplugHost.Session.Approval;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Session;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ButtplugHost.Tests.Approval;

/// <summary>Who is asked about, what is remembered, and how a held request ends (no server, a manual clock).</summary>
public sealed class ClientApprovalsTests
{
    private static readonly ClientIdentity App = ClientIdentity.Of("Game", null);

    private static ClientApprovals Make(ClientApprovalMode mode, TimeProvider? time = null, string? file = null, params ApprovedClient[] preapproved) =>
        new(Options.Create(new ClientApprovalOptions { ClientApproval = mode, ClientApprovalsFile = file, ClientApprovalTimeoutMs = 60_000, ApprovedClients = [.. preapproved] }),
            new ConfigurationBuilder().Build(), NullLogger<ClientApprovals>.Instance, time ?? TimeProvider.System);

    [Fact]
    public void Off_allows_everyone_new_asks_unknown_apps_always_asks_even_remembered_ones()
    {
        using var off = Make(ClientApprovalMode.Off);
        Assert.Equal(ApprovalCheck.Allow, off.Check(App));

        using var fresh = Make(ClientApprovalMode.New);
        Assert.Equal(ApprovalCheck.Ask, fresh.Check(App));
        fresh.Store.Remember(App, ClientDecision.Allow, DateTimeOffset.UtcNow);
        Assert.Equal(ApprovalCheck.Allow, fresh.Check(App));

        using var always = Make(ClientApprovalMode.Always);
        always.Store.Remember(App, ClientDecision.Allow, DateTimeOffset.UtcNow);
        Assert.Equal(ApprovalCheck.Ask, always.Check(App));
        always.Store.Remember(App, ClientDecision.Deny, DateTimeOffset.UtcNow);
        Assert.Equal(ApprovalCheck.Deny, always.Check(App));
    }

    [Fact]
    public void An_app_is_known_by_its_name_and_origin()
    {
        using var approvals = Make(ClientApprovalMode.New);
        approvals.Store.Remember(App, ClientDecision.Allow, DateTimeOffset.UtcNow);
        Assert.Equal(ApprovalCheck.Ask, approvals.Check(ClientIdentity.Of("Game", "https://evil.example")));
        Assert.Equal(ApprovalCheck.Ask, approvals.Check(ClientIdentity.Of("game", null)));
        Assert.Equal(ApprovalCheck.Allow, approvals.Check(ClientIdentity.Of("Game", "")));
        Assert.Equal("https://app.example:8080", ClientIdentity.NormalizeOrigin("HTTPS://App.Example:8080/"));
    }

    [Fact]
    public void Configured_apps_are_approved_in_advance_even_with_always_but_not_from_another_origin()
    {
        using var approvals = Make(ClientApprovalMode.Always, null, null, new ApprovedClient { Name = "Game" }, new ApprovedClient { Name = "Web", Origin = "https://web.example" });
        Assert.Equal(ApprovalCheck.Allow, approvals.Check(App));
        Assert.Equal(ApprovalCheck.Allow, approvals.Check(ClientIdentity.Of("Web", "https://web.example/")));
        Assert.Equal(ApprovalCheck.Ask, approvals.Check(ClientIdentity.Of("Web", null)));
    }

    [Fact]
    public async Task A_request_waits_for_an_answer_and_always_allow_is_remembered_in_the_file()
    {
        using var dir = new TempDir();
        var file = dir.File("client-approvals.json");
        using var approvals = Make(ClientApprovalMode.New, null, file);
        var asked = approvals.AskAsync(App, 4, "127.0.0.1", CancellationToken.None);
        var request = Assert.Single(approvals.Pending);
        Assert.Equal((App, 4, "127.0.0.1"), (request.Client, request.SpecVersion, request.Address));
        Assert.False(asked.IsCompleted);

        Assert.False(approvals.Answer("no-such-id", ApprovalAnswer.AllowOnce));
        Assert.True(approvals.Answer(request.Id, ApprovalAnswer.AlwaysAllow));
        Assert.Equal(ApprovalOutcome.Allowed, await asked.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(approvals.Pending);
        Assert.Equal(ClientDecision.Allow, Assert.Single(ApprovalStore.Read(file)).Decision);

        // A new server reads the file: the app is known.
        using var restarted = Make(ClientApprovalMode.New, null, file);
        Assert.Equal(ApprovalCheck.Allow, restarted.Check(App));
        Assert.True(restarted.Forget(App));
        Assert.Equal(ApprovalCheck.Ask, restarted.Check(App));
        Assert.Empty(ApprovalStore.Read(file));
    }

    [Fact]
    public async Task Allow_once_is_not_remembered_and_deny_is()
    {
        using var approvals = Make(ClientApprovalMode.New);
        var once = approvals.AskAsync(App, 4, "127.0.0.1", CancellationToken.None);
        Assert.True(approvals.Answer(Assert.Single(approvals.Pending).Id, ApprovalAnswer.AllowOnce));
        Assert.Equal(ApprovalOutcome.Allowed, await once.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(ApprovalCheck.Ask, approvals.Check(App));

        var denied = approvals.AskAsync(App, 4, "127.0.0.1", CancellationToken.None);
        Assert.True(approvals.Answer(Assert.Single(approvals.Pending).Id, ApprovalAnswer.Deny));
        Assert.Equal(ApprovalOutcome.Denied, await denied.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(ApprovalCheck.Deny, approvals.Check(App));
    }

    [Fact]
    public async Task Nobody_answering_times_out_after_the_configured_wait()
    {
        var time = new ManualTime();
        using var approvals = Make(ClientApprovalMode.New, time);
        var start = time.GetUtcNow();
        var asked = approvals.AskAsync(App, 4, "127.0.0.1", CancellationToken.None);
        await time.WhenTimerArmedAsync(start + TimeSpan.FromSeconds(60));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(asked.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ApprovalOutcome.TimedOut, await asked.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(approvals.Pending);
    }

    [Fact]
    public async Task A_client_that_leaves_takes_its_request_away()
    {
        using var approvals = Make(ClientApprovalMode.New);
        var changes = 0;
        approvals.Changed += () => Interlocked.Increment(ref changes);
        using var left = new CancellationTokenSource();
        var asked = approvals.AskAsync(App, 4, "127.0.0.1", left.Token);
        Assert.Single(approvals.Pending);
        await left.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => asked);
        Assert.Empty(approvals.Pending);
        Assert.Equal(2, changes);
    }

    [Fact]
    public async Task A_decision_written_to_the_file_by_another_process_answers_a_waiting_request()
    {
        using var dir = new TempDir();
        var file = dir.File("client-approvals.json");
        using var approvals = Make(ClientApprovalMode.New, null, file);
        var asked = approvals.AskAsync(App, 4, "127.0.0.1", CancellationToken.None);
        ApprovalStore.Edit(file, clients => [.. clients, new RememberedClient(App.Name, App.Origin, ClientDecision.Allow, DateTimeOffset.UtcNow)]);
        Assert.Equal(ApprovalOutcome.Allowed, await asked.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(ApprovalCheck.Allow, approvals.Check(App));
    }

    [Theory]
    [InlineData("Game", "Game")]
    [InlineData("My Game", "'My Game'")]
    [InlineData("it's $(rm -rf ~)", "'it'\\''s $(rm -rf ~)'")]
    public void Names_in_the_logged_command_are_quoted_for_the_shell(string name, string quoted) =>
        Assert.Equal(quoted, ApprovalCommand.Quote(name));
}
