using System.Net;
using System.Text.Json.Nodes;

namespace ButtplugHost.Tests.Rest;

/// <summary>The server for <see cref="RestApiErrorTests"/>: the test device and the vibrator-only model, both connected.</summary>
public sealed class RestErrorServer : IAsyncLifetime
{
    public RestServer Server { get; private set; } = null!;

    /// <summary>Index of the test device (every output type) and of the vibrator-only model.</summary>
    public uint Full { get; private set; }

    public uint VibratorOnly { get; private set; }

    public async Task InitializeAsync()
    {
        Server = await RestServer.StartAsync([RestServer.TestDevice, RestServer.TestVibrator]);
        var added = await Server.ScanAsync(2);
        Full = added.Single(a => a["device"]!["name"]!.ToString() == "Test Device")["device"]!["index"]!.GetValue<uint>();
        VibratorOnly = added.Single(a => a["device"]!["name"]!.ToString() == "Test Vibrator")["device"]!["index"]!.GetValue<uint>();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>Every error the REST API answers: its status, and JSON saying why (docs/rest-api.md).</summary>
public sealed class RestApiErrorTests(RestErrorServer fixture) : IClassFixture<RestErrorServer>
{
    [Theory]
    // Unknown device or feature: 404.
    [InlineData("GET", "/devices/{other}", 404, "Device index {other} does not refer to a currently connected device.")]
    [InlineData("GET", "/devices/{other}/features", 404, "Device index {other} does not refer to a currently connected device.")]
    [InlineData("PUT", "/devices/{other}/stop", 404, "Device index {other} does not refer to a currently connected device.")]
    [InlineData("PUT", "/devices/{other}/outputs/Vibrate/0.5", 404, "Device index {other} does not refer to a currently connected device.")]
    [InlineData("GET", "/devices/{full}/features/99", 404, "Device index {full} feature index 99 does not refer to a valid device feature.")]
    [InlineData("PUT", "/devices/{full}/features/99/outputs/Vibrate/0.5", 404, "Device index {full} feature index 99 does not refer to a valid device feature.")]
    [InlineData("PUT", "/devices/{full}/features/99/inputs/Battery/read", 404, "Device index {full} feature index 99 does not refer to a valid device feature.")]
    // Values out of range: 400.
    [InlineData("PUT", "/devices/{full}/features/0/outputs/Vibrate/1.5", 400, "Level 1.5 is out of range")]
    [InlineData("PUT", "/devices/{full}/outputs/Vibrate/-2", 400, "Level -2 is out of range")]
    [InlineData("PUT", "/devices/{full}/features/0/outputs/Vibrate/-0.5", 400, "the feature takes 0 to 20")]
    [InlineData("PUT", "/devices/{full}/features/0/outputs/Vibrate/NaN", 400, "NaN is not a number")]
    [InlineData("PUT", "/devices/{full}/features/0/outputs/Vibrate/half", 400, "half is not a number")]
    // Malformed path parameters: 400.
    [InlineData("GET", "/devices/first", 400, "first is not a valid device index")]
    [InlineData("PUT", "/devices/-1/stop", 400, "-1 is not a valid device index")]
    [InlineData("GET", "/devices/{full}/features/x", 400, "x is not a valid feature index")]
    [InlineData("PUT", "/devices/{full}/outputs/Wiggle/0.5", 400, "Wiggle is not a valid output type. Valid output types are: Vibrate, Rotate")]
    [InlineData("PUT", "/devices/{full}/features/3/outputs/HwPositionWithDuration/0.5", 400, "HwPositionWithDuration needs a duration")]
    [InlineData("PUT", "/devices/{full}/features/5/inputs/Smell/read", 400, "Smell is not a valid input type")]
    [InlineData("PUT", "/devices/{full}/features/5/inputs/Battery/launch", 400, "launch is not a valid input command")]
    // Outputs and inputs the device does not have: 400.
    [InlineData("PUT", "/devices/{full}/features/0/outputs/Rotate/0.5", 400, "Device index {full} feature index 0 does not support output type Rotate.")]
    [InlineData("PUT", "/devices/{vibe}/outputs/Rotate/0.5", 400, "Device index {vibe} has no Rotate output.")]
    [InlineData("PUT", "/devices/{full}/features/0/inputs/Battery/read", 400, "Device index {full} feature index 0 has no Battery input.")]
    [InlineData("PUT", "/devices/{vibe}/inputs/Battery/read", 400, "Device index {vibe} has no Battery input.")]
    [InlineData("PUT", "/devices/{full}/features/7/inputs/Button/read", 400, "Button does not support read")]
    // Routes: unknown 404, wrong method 405.
    [InlineData("GET", "/no-such-route", 404, "No route /api/v1/no-such-route")]
    [InlineData("GET", "/devices/{full}/outputs/Vibrate/0.5", 405, "GET is not allowed")]
    [InlineData("POST", "/start-scanning", 405, "POST is not allowed")]
    [InlineData("DELETE", "/devices", 405, "DELETE is not allowed")]
    public async Task An_error_has_its_status_and_says_why_in_JSON(string method, string path, int status, string reason)
    {
        var server = fixture.Server;
        var writesBefore = server.Sim.Writes().Count;

        var (actual, body) = await server.SendAsync(new HttpMethod(method), Fill(path));

        Assert.Equal((HttpStatusCode)status, actual);
        var error = JsonNode.Parse(body)!["error"]!.ToString();
        Assert.Contains(Fill(reason), error, StringComparison.Ordinal);
        // Nothing reached a device.
        Assert.Equal(writesBefore, server.Sim.Writes().Count);
    }

    private string Fill(string text) => text
        .Replace("{full}", fixture.Full.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{vibe}", fixture.VibratorOnly.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{other}", "7", StringComparison.Ordinal);
}
