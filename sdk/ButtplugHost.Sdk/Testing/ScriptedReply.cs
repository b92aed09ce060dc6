namespace ButtplugHost.Sdk.Testing;

/// <summary>
/// "When <see cref="Endpoint"/> receives bytes starting with <see cref="WhenPrefix"/>, notify
/// <see cref="Reply"/> on <see cref="ReplyEndpoint"/>" — how a simulated device answers commands.
/// </summary>
/// <param name="Endpoint">The endpoint written to.</param>
/// <param name="WhenPrefix">The bytes the write must start with (empty: any write).</param>
/// <param name="ReplyEndpoint">Where the answer is notified.</param>
/// <param name="Reply">The answer.</param>
public sealed record ScriptedReply(string Endpoint, byte[] WhenPrefix, string ReplyEndpoint, byte[] Reply);
