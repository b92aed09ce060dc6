using System.Diagnostics;
using System.Text;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// <c>--broadcast-server-mdns</c>: the server, run inside a network namespace the test creates (its
/// own loopback only), answers an mDNS query for <c>_intiface_engine._tcp.local</c> with its instance,
/// port and address.
/// </summary>
public sealed class MdnsTests
{
    [NetworkNamespaceFact]
    public async Task The_server_answers_an_mDNS_query_for_its_service_inside_a_private_namespace()
    {
        using var ns = NetworkNamespace.Create();
        using var empty = new TempDir();
        using var server = Process.Start(ns.StartInfo("dotnet", RepoPaths.HostDll, "--websocket-port", "0", "--plugins-dir", empty.Path,
            "--broadcast-server-mdns", "--mdns-suffix", "kitchen"))!;
        try
        {
            var advertised = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            server.OutputDataReceived += (_, e) =>
            {
                // mDNS: advertising "Intiface kitchen._intiface_engine._tcp.local" (…) on port 41234
                if (e.Data is { } line && line.Contains("mDNS: advertising", StringComparison.Ordinal))
                    advertised.TrySetResult(int.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            };
            server.BeginOutputReadLine();
            var port = await advertised.Task.WaitAsync(TimeSpan.FromSeconds(60));

            var script = Path.Combine(RepoPaths.Root, "tests", "ButtplugHost.Tests", "EndToEnd", "mdns_query.py");
            using var query = Process.Start(ns.StartInfo("python3", script, "_intiface_engine._tcp.local", "20"))!;
            var hex = (await query.StandardOutput.ReadToEndAsync()).Trim();
            await query.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(query.ExitCode == 0, "no mDNS answer: " + await query.StandardError.ReadToEndAsync());

            var answer = Convert.FromHexString(hex);
            Assert.True(Contains(answer, Encoding.ASCII.GetBytes("\u0010Intiface kitchen")), hex);
            Assert.True(Contains(answer, Encoding.ASCII.GetBytes("\u0006path=/")), hex);
            // SRV data: priority 0, weight 0, then the port.
            Assert.True(Contains(answer, [0, 0, 0, 0, (byte)(port >> 8), (byte)port]), hex);
            // A record of the namespace's loopback address.
            Assert.True(Contains(answer, [0, 4, 127, 0, 0, 1]), hex);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
