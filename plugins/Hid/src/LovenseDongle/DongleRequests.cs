using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>
/// The JSON lines the host sends the dongle, members in the order the dongle's own software writes
/// them (<c>type</c>, <c>func</c>, <c>id</c>, <c>cmd</c>), absent members left out:
/// <c>{"type":"toy","func":"search"}</c>, <c>{"type":"toy","func":"command","id":"…","cmd":"Vibrate:10;"}</c>.
/// </summary>
internal static class DongleRequests
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Asks which toy is connected already; answered by a <c>status</c> 202 line, or nothing.</summary>
    public static string Status() => Build("toy", "statuss");

    /// <summary>Starts searching for toys.</summary>
    public static string Search() => Build("toy", "search");

    /// <summary>Stops searching.</summary>
    public static string StopSearch() => Build("usb", "stopSearch");

    /// <summary>A Lovense command (<c>Vibrate:10;</c>) for the toy <paramref name="id"/>.</summary>
    public static string Command(string id, string command) => Build("toy", "command", id, command);

    private static string Build(string type, string func, string? id = null, string? command = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            json.WriteString("func", func);
            if (id is not null)
                json.WriteString("id", id);
            if (command is not null)
                json.WriteString("cmd", command);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
