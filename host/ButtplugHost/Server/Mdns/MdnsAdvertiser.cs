using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Server.Mdns;

/// <summary>
/// <c>--broadcast-server-mdns</c>: advertises the client endpoint on the local network as the
/// reference does (service <c>_intiface_engine._tcp</c>, instance <c>Intiface &lt;suffix&gt;</c>,
/// TXT <c>path=/</c>), so apps can find the server without typing an address. A small mDNS responder
/// over IPv4: it announces at start, answers queries for the service, and says goodbye at stop.
/// </summary>
internal sealed class MdnsAdvertiser(IConfiguration configuration, ClientEndpointService endpoint, ILogger<MdnsAdvertiser> logger) : IHostedService
{
    private static readonly IPAddress Group = IPAddress.Parse("224.0.0.251");
    private const int MdnsPort = 5353;
    private readonly CancellationTokenSource _stopping = new();
    private UdpClient? _socket;
    private MdnsRecords? _records;
    private Task? _loop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue<bool?>("Mdns:Enabled") != true)
            return;
        if (endpoint.Port is not { } port)
        {
            logger.LogWarning("mDNS: nothing to advertise (the server is not listening: --websocket-client-address)");
            return;
        }
        var suffix = configuration["Mdns:Suffix"] is { Length: > 0 } s ? s : RandomSuffix();
        var interfaces = MulticastInterfaces();
        var addresses = interfaces.SelectMany(i => i.Addresses).ToList();
        _records = new MdnsRecords($"Intiface {suffix}", "_intiface_engine._tcp", "buttplughost-" + suffix.ToLowerInvariant().Replace(' ', '-'), (ushort)port, addresses, ["path=/"]);
        try
        {
            _socket = new UdpClient(AddressFamily.InterNetwork);
            _socket.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _socket.Client.Bind(new IPEndPoint(IPAddress.Any, MdnsPort));
            _socket.MulticastLoopback = true;
            foreach (var (index, _) in interfaces)
                _socket.Client.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, new MulticastOption(Group, index));
            if (interfaces.Count == 0)
                _socket.JoinMulticastGroup(Group);
        }
        catch (SocketException e)
        {
            logger.LogWarning("mDNS: cannot advertise ({Error})", e.Message);
            _socket?.Dispose();
            _socket = null;
            return;
        }
        logger.LogInformation("mDNS: advertising \"{Instance}\" ({Service}) on port {Port}", _records.InstanceName, _records.ServiceName, port);
        _loop = Task.Run(() => AnswerAsync(_stopping.Token), CancellationToken.None);
        // RFC 6762 §8.3: announce at least twice, a second apart.
        await SendAsync(_records.Response(120), cancellationToken);
        _ = Task.Delay(TimeSpan.FromSeconds(1), _stopping.Token).ContinueWith(_ => SendAsync(_records.Response(120), _stopping.Token), TaskScheduler.Default);
    }

    private async Task AnswerAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested && _socket is not null && _records is not null)
        {
            try
            {
                var received = await _socket.ReceiveAsync(stopping);
                var (id, questions) = MdnsRecords.ReadQuery(received.Buffer);
                if (!_records.Answers(questions))
                    continue;
                // A query from a port other than 5353 is a one-shot (legacy unicast) query: answer it directly.
                if (received.RemoteEndPoint.Port != MdnsPort)
                    await _socket.SendAsync(_records.Response(10, id), received.RemoteEndPoint, stopping);
                else
                    await SendAsync(_records.Response(120), stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException e)
            {
                logger.LogDebug("mDNS: {Error}", e.Message);
            }
        }
    }

    private async Task SendAsync(byte[] packet, CancellationToken cancellationToken)
    {
        try
        {
            if (_socket is not null)
                await _socket.SendAsync(packet, new IPEndPoint(Group, MdnsPort), cancellationToken);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            logger.LogDebug("mDNS: send failed: {Error}", e.Message);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_socket is null || _records is null)
            return;
        await SendAsync(_records.Response(0), cancellationToken);
        await _stopping.CancelAsync();
        _socket.Dispose();
        if (_loop is not null)
            await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    // Up IPv4 interfaces that can multicast (the loopback too, where it is the only one, as in a test's network namespace).
    private static List<(int Index, List<IPAddress> Addresses)> MulticastInterfaces()
    {
        var result = new List<(int, List<IPAddress>)>();
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus is not (OperationalStatus.Up or OperationalStatus.Unknown) || !nic.SupportsMulticast)
                continue;
            var properties = nic.GetIPProperties();
            var ipv4 = properties.GetIPv4Properties();
            var addresses = properties.UnicastAddresses.Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork).Select(a => a.Address).ToList();
            if (ipv4 is not null && addresses.Count > 0)
                result.Add((ipv4.Index, addresses));
        }
        return result;
    }

    private static string RandomSuffix()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(6, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
