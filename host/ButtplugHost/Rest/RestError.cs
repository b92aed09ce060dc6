using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ButtplugHost.Rest;

/// <summary>
/// A request the REST API refuses: the HTTP status and the reason, sent as <c>{"error":"…"}</c>.
/// The reference answers its own errors with 500 and plain text; here each has the status that says
/// whose mistake it is (docs/rest-api.md).
/// </summary>
internal sealed class RestError(int status, string reason) : Exception(reason)
{
    public int Status { get; } = status;

    public static RestError BadRequest(string reason) => new(StatusCodes.Status400BadRequest, reason);

    public static RestError NotFound(string reason) => new(StatusCodes.Status404NotFound, reason);

    public static RestError UnknownDevice(uint index) =>
        NotFound($"Device index {index} does not refer to a currently connected device.");

    public static RestError UnknownFeature(uint index, uint feature) =>
        NotFound($"Device index {index} feature index {feature} does not refer to a valid device feature.");

    /// <summary>Writes <c>{"error": reason}</c> with <paramref name="status"/>.</summary>
    public static async Task WriteAsync(HttpResponse response, int status, string reason)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteString("error", reason);
        writer.WriteEndObject();
    }
}
