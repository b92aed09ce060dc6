using System.Text;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Security;

/// <summary>A client cannot flood the server's log, nor write terminal escapes into it.</summary>
public sealed class LogFloodTests
{
    [Fact]
    public async Task A_frame_of_ten_thousand_bad_elements_logs_a_bounded_number_of_lines_and_a_summary()
    {
        await using var host = await HostProcess.StartAsync();
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(4);
        await client.ReceiveAsync("DeviceList"); // pushed after a v4 handshake
        var before = host.Log.Count;
        await client.SendAsync("[" + string.Join(",", Enumerable.Repeat("5", 10_000)) + "]");

        // 100 Errors, one for each of the first bad elements, then one that counts the rest.
        var errors = 0;
        string last;
        while (true)
        {
            var reply = await client.ReceiveAsync();
            Assert.True(reply.ContainsKey("Error"), reply.ToJsonString());
            errors++;
            last = reply["Error"]!["ErrorMessage"]!.GetValue<string>();
            if (last.Contains("more malformed", StringComparison.Ordinal))
                break;
        }
        Assert.Equal(101, errors);
        Assert.Contains("9900 more malformed messages", last, StringComparison.Ordinal);
        Assert.True((await client.RequestAsync("""[{"Ping":{"Id":7}}]""", 7)).ContainsKey("Ok"));

        await client.DisposeAsync();
        await host.WaitForLogAsync("more warnings were not logged");
        var lines = host.Log.Skip(before).Where(l => l.Contains("must be a JSON object", StringComparison.Ordinal)).ToList();
        Assert.InRange(lines.Count, 1, 10);
    }

    [Fact]
    public async Task Client_names_are_escaped_and_truncated_in_the_log()
    {
        await using var host = await HostProcess.StartAsync();
        await using var client = await RawClient.ConnectAsync(host.Url);
        var name = "\\u001b[31mRED\\u001b[0m" + new string('x', 500);
        var info = await client.RequestAsync($$$"""[{"RequestServerInfo":{"Id":1,"ClientName":"{{{name}}}","MessageVersion":3}}]""", 1);
        Assert.True(info.ContainsKey("ServerInfo"));
        await host.WaitForLogAsync("connected (message version 3)");
        var line = host.Log.Single(l => l.Contains("connected (message version 3)", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', line);
        Assert.Contains("\\u001B[31mRED\\u001B[0m", line, StringComparison.Ordinal);
        Assert.Contains("chars)", line, StringComparison.Ordinal);
        Assert.True(line.Length < 300, line);
    }
}
