namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>One toy as the app reports it in <c>GetToys</c>.</summary>
/// <param name="Id">The toy's id (its Bluetooth address); commands name the toy by it (<c>t=</c>).</param>
/// <param name="Name">The model name (<c>Lush</c>, <c>Max</c>, …): the identifier of the model.</param>
/// <param name="Connected">Whether the app has the toy connected (<c>status</c>).</param>
/// <param name="Battery">Battery level 0–100 (0 when the app sends none).</param>
internal sealed record ConnectToy(string Id, string Name, bool Connected, int Battery);
