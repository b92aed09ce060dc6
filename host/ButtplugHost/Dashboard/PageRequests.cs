using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace ButtplugHost.Dashboard;

/// <summary>Reading the status page's JSON requests and answering its API's errors, one way for every endpoint.</summary>
internal static class PageRequests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The request body as <typeparamref name="T"/>, or null when it is not JSON of that shape.</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An error the page shows: <c>{"error": message}</c> with <paramref name="status"/>.</summary>
    public static IResult Problem(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}
