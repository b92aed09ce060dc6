using System.Diagnostics;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Approval;

/// <summary>
/// Without a status page the request is logged with the command that approves it; that command, run
/// as logged while the server runs, lets the waiting client in. The configuration can approve apps in advance.
/// </summary>
public sealed class ApprovalCommandTests
{
    [Fact]
    public async Task The_logged_command_approves_a_waiting_client_while_the_server_runs()
    {
        using var dir = new TempDir();
        // No status page (the test host's default): the log is the only way to learn how to approve.
        await using var host = await HostProcess.StartAsync("--client-approval", "new", "--user-device-config-file", dir.File("user-device-config.json"));
        await using var raw = await RawClient.ConnectAsync(host.Url);
        const string name = "it's $(touch pwned) app";
        await raw.SendAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":""" + System.Text.Json.JsonSerializer.Serialize(name) + ""","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
        await host.WaitForLogAsync("for good with: ", 20_000);
        var line = host.Log.Single(l => l.Contains("for good with: ", StringComparison.Ordinal));
        var command = line[(line.IndexOf("for good with: ", StringComparison.Ordinal) + "for good with: ".Length)..];

        var (exit, output) = await ShellAsync(command, dir.Path);
        Assert.True(exit == 0, output);
        Assert.False(File.Exists(Path.Combine(dir.Path, "pwned")), "the client's name must not run as a command");
        var info = await raw.ReceiveAsync("ServerInfo", 20_000);
        Assert.Equal(4, info["ProtocolVersionMajor"]!.GetValue<int>());
        Assert.Contains("it's $(touch pwned) app", await File.ReadAllTextAsync(dir.File("client-approvals.json")), StringComparison.Ordinal);

        var (forgot, text) = await HostProcess.RunToEndAsync("--client-approvals-file", dir.File("client-approvals.json"), "--forget-client", name);
        Assert.Equal(0, forgot);
        Assert.Contains("Forgot", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pwned", await File.ReadAllTextAsync(dir.File("client-approvals.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apps_approved_in_the_configuration_connect_without_asking_others_are_refused_after_the_wait()
    {
        await using var host = await HostProcess.StartAsync("--client-approval", "always", "--client-approval-timeout", "500",
            "--Server:ApprovedClients:0:Name=raw test", "--Server:ApprovedClients:0:Origin=native");
        await using (var approved = await RawClient.ConnectAsync(host.Url))
            Assert.Equal(4, (await approved.HandshakeAsync(4))["ProtocolVersionMajor"]!.GetValue<int>());

        await using var other = await RawClient.ConnectAsync(host.Url);
        var reply = await other.RequestAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"someone else","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""", 1, 20_000);
        Assert.Equal(1, reply["Error"]!["ErrorCode"]!.GetValue<int>());
        Assert.Contains("refused by the user", reply["Error"]!["ErrorMessage"]!.ToString(), StringComparison.Ordinal);
        Assert.True(await other.WaitForCloseAsync(20_000));
        Assert.Contains(host.Log, l => l.Contains("no status page and no approvals file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_mode_is_refused_with_the_choices()
    {
        var (exit, output) = await HostProcess.RunToEndAsync("--client-approval", "maybe");
        Assert.NotEqual(0, exit);
        Assert.Contains("off, new, always", output, StringComparison.Ordinal);
        (exit, output) = await HostProcess.RunToEndAsync("--Server:ClientApproval=maybe");
        Assert.NotEqual(0, exit);
        Assert.Contains("off, new or always", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> ShellAsync(string command, string directory)
    {
        var info = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }
}
