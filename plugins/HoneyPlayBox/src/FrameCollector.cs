namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>
/// Reassembles frames from notifications: a device's answer may span several BLE packets, and bytes
/// before a frame header are noise. A candidate whose end byte is not where its length says is
/// dropped one byte at a time until a real frame lines up.
/// </summary>
internal sealed class FrameCollector
{
    private readonly List<byte> _buffer = [];

    /// <summary>Adds received bytes; returns the frames they complete, in order.</summary>
    public IReadOnlyList<byte[]> Push(ReadOnlySpan<byte> bytes)
    {
        _buffer.AddRange(bytes);
        var frames = new List<byte[]>();
        while (true)
        {
            var start = IndexOfHeader();
            if (start < 0)
            {
                // Keep a possible header split across packets.
                var keep = Math.Min(_buffer.Count, Frame.Header.Length - 1);
                _buffer.RemoveRange(0, _buffer.Count - keep);
                return frames;
            }
            _buffer.RemoveRange(0, start);
            if (_buffer.Count < Frame.DataOffset)
                return frames;
            var length = (_buffer[9] << 8) | _buffer[10];
            var size = Frame.Size(length);
            if (_buffer.Count < size)
                return frames;
            if (_buffer[Frame.DataOffset + length] != Frame.End)
            {
                _buffer.RemoveAt(0);
                continue;
            }
            frames.Add([.. _buffer.GetRange(0, size)]);
            _buffer.RemoveRange(0, size);
        }
    }

    private int IndexOfHeader()
    {
        var header = Frame.Header;
        for (var i = 0; i + header.Length <= _buffer.Count; i++)
        {
            var match = true;
            for (var j = 0; j < header.Length && match; j++)
                match = _buffer[i + j] == header[j];
            if (match)
                return i;
        }
        return -1;
    }
}
