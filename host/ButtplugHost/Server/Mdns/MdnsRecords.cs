using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace ButtplugHost.Server.Mdns;

/// <summary>
/// The DNS-SD records that advertise one service (RFC 6763) and the few bits of DNS wire format an
/// mDNS responder needs (RFC 6762): building a response, and reading the names a query asks about.
/// </summary>
internal sealed class MdnsRecords(string instance, string serviceType, string hostName, ushort port, IReadOnlyList<IPAddress> addresses, IReadOnlyList<string> text)
{
    private const ushort TypeA = 1, TypePtr = 12, TypeTxt = 16, TypeSrv = 33, TypeAny = 255;
    private const ushort ClassIn = 1, CacheFlush = 0x8000;

    /// <summary>e.g. <c>_intiface_engine._tcp.local</c>.</summary>
    public string ServiceName { get; } = serviceType + ".local";

    /// <summary>e.g. <c>Intiface abc123._intiface_engine._tcp.local</c>.</summary>
    public string InstanceName { get; } = instance + "." + serviceType + ".local";

    public string HostName { get; } = hostName + ".local";

    /// <summary>True when a query asks about this service, its instance, its host, or all services.</summary>
    public bool Answers(IEnumerable<(string Name, ushort Type)> questions) => questions.Any(q =>
        (q.Name.Equals(ServiceName, StringComparison.OrdinalIgnoreCase) && q.Type is TypePtr or TypeAny)
        || (q.Name.Equals("_services._dns-sd._udp.local", StringComparison.OrdinalIgnoreCase) && q.Type is TypePtr or TypeAny)
        || (q.Name.Equals(InstanceName, StringComparison.OrdinalIgnoreCase) && q.Type is TypeSrv or TypeTxt or TypeAny)
        || (q.Name.Equals(HostName, StringComparison.OrdinalIgnoreCase) && q.Type is TypeA or TypeAny));

    /// <summary>A response with every record: the PTR as the answer, SRV, TXT and A as additional records.</summary>
    /// <param name="ttl">Seconds; 0 says goodbye (the service is going away).</param>
    /// <param name="queryId">Echoed for a legacy unicast query; 0 otherwise.</param>
    public byte[] Response(uint ttl, ushort queryId = 0)
    {
        var body = new List<byte>();
        WriteRecord(body, ServiceName, TypePtr, ClassIn, ttl, Name(InstanceName));
        var srv = new byte[6];
        BinaryPrimitives.WriteUInt16BigEndian(srv.AsSpan(4), port);
        WriteRecord(body, InstanceName, TypeSrv, ClassIn | CacheFlush, ttl, [.. srv, .. Name(HostName)]);
        WriteRecord(body, InstanceName, TypeTxt, ClassIn | CacheFlush, ttl, [.. text.SelectMany(t => (byte[])[(byte)Encoding.UTF8.GetByteCount(t), .. Encoding.UTF8.GetBytes(t)])]);
        foreach (var address in addresses)
            WriteRecord(body, HostName, TypeA, ClassIn | CacheFlush, ttl, address.GetAddressBytes());
        var header = new byte[12];
        BinaryPrimitives.WriteUInt16BigEndian(header, queryId);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), 0x8400); // response, authoritative
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), 1);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)(2 + addresses.Count));
        return [.. header, .. body];
    }

    /// <summary>The questions of a query; empty for a response or a packet that cannot be read.</summary>
    public static (ushort Id, List<(string Name, ushort Type)> Questions) ReadQuery(ReadOnlySpan<byte> packet)
    {
        var questions = new List<(string, ushort)>();
        if (packet.Length < 12 || (packet[2] & 0x80) != 0)
            return (0, questions);
        var id = BinaryPrimitives.ReadUInt16BigEndian(packet);
        var count = BinaryPrimitives.ReadUInt16BigEndian(packet[4..]);
        var offset = 12;
        for (var i = 0; i < count; i++)
        {
            if (ReadName(packet, ref offset) is not { } name || offset + 4 > packet.Length)
                break;
            questions.Add((name, BinaryPrimitives.ReadUInt16BigEndian(packet[offset..])));
            offset += 4;
        }
        return (id, questions);
    }

    private static string? ReadName(ReadOnlySpan<byte> packet, ref int offset)
    {
        var labels = new List<string>();
        var position = offset;
        var jumped = false;
        for (var guard = 0; guard < 128 && position < packet.Length; guard++)
        {
            var length = packet[position];
            if (length == 0)
            {
                if (!jumped)
                    offset = position + 1;
                return string.Join('.', labels);
            }
            if ((length & 0xC0) == 0xC0)
            {
                if (position + 1 >= packet.Length)
                    return null;
                if (!jumped)
                    offset = position + 2;
                position = ((length & 0x3F) << 8) | packet[position + 1];
                jumped = true;
                continue;
            }
            if (position + 1 + length > packet.Length)
                return null;
            labels.Add(Encoding.UTF8.GetString(packet.Slice(position + 1, length)));
            position += 1 + length;
        }
        return null;
    }

    private static byte[] Name(string name)
    {
        var bytes = new List<byte>();
        foreach (var label in name.Split('.'))
        {
            var encoded = Encoding.UTF8.GetBytes(label);
            bytes.Add((byte)encoded.Length);
            bytes.AddRange(encoded);
        }
        bytes.Add(0);
        return [.. bytes];
    }

    private static void WriteRecord(List<byte> to, string name, ushort type, int @class, uint ttl, byte[] data)
    {
        to.AddRange(Name(name));
        var fixedPart = new byte[10];
        BinaryPrimitives.WriteUInt16BigEndian(fixedPart, type);
        BinaryPrimitives.WriteUInt16BigEndian(fixedPart.AsSpan(2), (ushort)@class);
        BinaryPrimitives.WriteUInt32BigEndian(fixedPart.AsSpan(4), ttl);
        BinaryPrimitives.WriteUInt16BigEndian(fixedPart.AsSpan(8), (ushort)data.Length);
        to.AddRange(fixedPart);
        to.AddRange(data);
    }
}
