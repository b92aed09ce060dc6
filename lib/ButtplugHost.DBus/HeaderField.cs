namespace ButtplugHost.DBus;

/// <summary>Codes of the header fields (the <c>a(yv)</c> array in every message header).</summary>
internal enum HeaderField : byte
{
    Path = 1,
    Interface = 2,
    Member = 3,
    ErrorName = 4,
    ReplySerial = 5,
    Destination = 6,
    Sender = 7,
    Signature = 8,
    UnixFds = 9,
}
