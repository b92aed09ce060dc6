using System.Globalization;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>
/// Commands of the Lovense Connect app's HTTP API, as written to a toy's <c>tx</c> (the path and query
/// after the app's address). <c>t</c> names the toy by its id, escaped for a query string.
/// </summary>
internal static class ConnectCommands
{
    /// <summary><c>Vibrate{n}?v=…&amp;t=…</c>: motor <paramref name="motor"/> (1-based) at 0–20.</summary>
    public static HardwareCommand Vibrate(int motor, int value, string toy) => Tx($"Vibrate{motor}?v={Number(value)}&t={Escape(toy)}");

    /// <summary><c>Rotate?v=…&amp;t=…</c>: rotation speed 0–20 (no sign: the direction is toggled by <see cref="RotateChange"/>).</summary>
    public static HardwareCommand Rotate(int speed, string toy) => Tx($"Rotate?v={Number(speed)}&t={Escape(toy)}");

    /// <summary><c>RotateChange?t=…</c>: reverses the rotation.</summary>
    public static HardwareCommand RotateChange(string toy) => Tx($"RotateChange?t={Escape(toy)}");

    /// <summary><c>Thrusting?v=…&amp;t=…</c>: thrusting / stroking speed 0–20 (Gravity, Solace, Sex Machine).</summary>
    public static HardwareCommand Thrusting(int value, string toy) => Tx($"Thrusting?v={Number(value)}&t={Escape(toy)}");

    /// <summary><c>AirAuto?v=…&amp;t=…</c>: the Max's air pump, 0–3.</summary>
    public static HardwareCommand AirAuto(int value, string toy) => Tx($"AirAuto?v={Number(value)}&t={Escape(toy)}");

    /// <summary><c>Depth?v=…&amp;t=…</c>: the Solace's stroke depth (the reference sets 3 once, at connection).</summary>
    public static HardwareCommand Depth(int value, string toy) => Tx($"Depth?v={Number(value)}&t={Escape(toy)}");

    private static HardwareCommand Tx(string command) => HardwareCommand.Write(Endpoints.Tx, command);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string toy) => Uri.EscapeDataString(toy);
}
