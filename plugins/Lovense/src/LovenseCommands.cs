using System.Globalization;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>The text commands Lovense toys understand, each written to <c>tx</c> without response.</summary>
internal static class LovenseCommands
{
    public const string DeviceType = "DeviceType;";
    public const string Battery = "Battery;";

    /// <summary>All vibrators (or the only one) at <paramref name="speed"/>.</summary>
    public static HardwareCommand Vibrate(int speed) => Tx($"Vibrate:{Number(speed)};");

    /// <summary>One motor of a multi-motor toy; <paramref name="motor"/> counts from 1.</summary>
    public static HardwareCommand VibrateMotor(int motor, int speed) => Tx($"Vibrate{Number(motor)}:{Number(speed)};");

    /// <summary>Rotation speed; the direction is toggled separately by <see cref="RotateChange"/>.</summary>
    public static HardwareCommand Rotate(int speed) => Tx($"Rotate:{Number(speed)};");

    /// <summary>Reverses the rotation direction.</summary>
    public static HardwareCommand RotateChange() => Tx("RotateChange;");

    /// <summary>Air pump level (Max).</summary>
    public static HardwareCommand AirLevel(int level) => Tx($"Air:Level:{Number(level)};");

    /// <summary>Every motor at once: <c>Mply:a:b:…;</c>.</summary>
    public static HardwareCommand Mply(IEnumerable<int> values) => Tx($"Mply:{string.Join(':', values.Select(Number))};");

    /// <summary>Stroker position.</summary>
    public static HardwareCommand SetSite(int position) => Tx($"FSetSite:{Number(position)};");

    /// <summary>A command written to tx.</summary>
    public static HardwareCommand Tx(string text) => HardwareCommand.Write(Endpoints.Tx, text);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
