using System.Text;

namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>
/// Text over the dongle's 64-byte HID reports. Out: the line plus <c>\r\n</c>, cut into 63-byte pieces,
/// each sent as a 65-byte output report: report id 0, the piece, zeros (the last data byte is always 0).
/// In: each input report carries text up to its first 0 byte; lines end with <c>\n</c>.
/// </summary>
internal static class DongleReports
{
    public const int ReportLength = 65;
    public const int PieceLength = 63;

    public static IReadOnlyList<byte[]> Encode(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line + "\r\n");
        var reports = new List<byte[]>();
        for (var offset = 0; offset < bytes.Length; offset += PieceLength)
        {
            var report = new byte[ReportLength];
            var piece = bytes.AsSpan(offset, Math.Min(PieceLength, bytes.Length - offset));
            piece.CopyTo(report.AsSpan(1));
            reports.Add(report);
        }
        return reports;
    }
}

/// <summary>Joins the text of input reports into lines (see <see cref="DongleReports"/>). Not thread-safe: one reader.</summary>
internal sealed class DongleLineReader
{
    private const int MaxLineBytes = 64 * 1024;
    private readonly List<byte> _pending = [];

    /// <summary>Adds one input report; returns the lines it completed (without line ends, empty lines skipped).</summary>
    public IReadOnlyList<string> Add(ReadOnlySpan<byte> report)
    {
        var end = report.IndexOf((byte)0);
        var text = end < 0 ? report : report[..end];
        var lines = new List<string>();
        foreach (var b in text)
        {
            if (b == (byte)'\n')
            {
                var line = Encoding.UTF8.GetString(_pending.ToArray()).TrimEnd('\r');
                _pending.Clear();
                if (line.Length > 0)
                    lines.Add(line);
            }
            else if (_pending.Count < MaxLineBytes)
            {
                _pending.Add(b);
            }
        }
        return lines;
    }
}
