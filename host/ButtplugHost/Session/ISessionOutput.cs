namespace ButtplugHost.Session;

/// <summary>Where a session's frames go: the client connection.</summary>
internal interface ISessionOutput
{
    /// <summary>Queues one text frame for the client. Never blocks.</summary>
    void Send(byte[] frame);

    /// <summary>Queues one text frame held in a buffer the caller reuses: the output copies it before returning.</summary>
    void Send(ReadOnlySpan<byte> frame) => Send(frame.ToArray());

    /// <summary>Closes the connection after the frames already queued.</summary>
    void Close(string reason);
}
