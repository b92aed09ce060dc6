namespace ButtplugHost.Session;

/// <summary>Where a session's frames go: the client connection.</summary>
internal interface ISessionOutput
{
    /// <summary>Queues one text frame for the client. Never blocks.</summary>
    void Send(byte[] frame);

    /// <summary>Closes the connection after the frames already queued.</summary>
    void Close(string reason);
}
