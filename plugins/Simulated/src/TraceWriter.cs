using System.Text.Json;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>Appends hardware operations to a JSON-lines file, one object per line, flushed at once.</summary>
internal sealed class TraceWriter(string path)
{
    private readonly object _gate = new();

    public void Write(string address, string name, HardwareOperation op)
    {
        var line = JsonSerializer.Serialize(new
        {
            time = op.Timestamp.ToString("O"),
            address,
            name,
            op = op.Kind.ToString().ToLowerInvariant(),
            endpoint = op.Endpoint,
            data = op.Data is null ? null : Convert.ToHexStringLower(op.Data),
            text = op.Data is null ? null : System.Text.Encoding.UTF8.GetString(op.Data),
            withResponse = op.Kind == HardwareOperationKind.Write ? op.WithResponse : (bool?)null,
        });
        lock (_gate)
            File.AppendAllText(path, line + "\n");
    }
}
