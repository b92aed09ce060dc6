using System.IO.Ports;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.Serial;

/// <summary>A protocol's <c>serial</c> specifier as System.IO.Ports settings.</summary>
internal sealed record SerialSettings(int BaudRate, int DataBits, Parity Parity, StopBits StopBits)
{
    /// <exception cref="HardwareException">A value the port cannot be opened with.</exception>
    public static SerialSettings From(SerialSpecifier specifier)
    {
        if (specifier.BaudRate <= 0)
            throw new HardwareException($"Serial baud rate {specifier.BaudRate} is not valid.");
        if (specifier.DataBits is < 5 or > 8)
            throw new HardwareException($"Serial data bits {specifier.DataBits} is not valid (5–8).");
        var parity = specifier.Parity.Trim().ToUpperInvariant() switch
        {
            "N" or "NONE" => Parity.None,
            "E" or "EVEN" => Parity.Even,
            "O" or "ODD" => Parity.Odd,
            "M" or "MARK" => Parity.Mark,
            "S" or "SPACE" => Parity.Space,
            _ => throw new HardwareException($"Serial parity '{specifier.Parity}' is not one of N, E, O, M, S."),
        };
        var stopBits = specifier.StopBits switch
        {
            1 => StopBits.One,
            2 => StopBits.Two,
            _ => throw new HardwareException($"Serial stop bits {specifier.StopBits} is not valid (1 or 2)."),
        };
        return new SerialSettings(specifier.BaudRate, specifier.DataBits, parity, stopBits);
    }

    public override string ToString() => $"{BaudRate} baud, {DataBits}{Parity.ToString()[0]}{(StopBits == StopBits.One ? 1 : 2)}";
}
