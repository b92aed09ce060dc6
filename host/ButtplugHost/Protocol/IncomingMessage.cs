using System.Text.Json;

namespace ButtplugHost.Protocol;

/// <summary>One message of a client frame: its type name, its Id and its field object.</summary>
internal sealed record IncomingMessage(string Name, uint Id, JsonElement Body);

/// <summary>A frame element that could not be read as a message; answered with ERROR_MSG.</summary>
internal sealed record MalformedMessage(uint Id, string Reason);
