using System.Globalization;
using System.Text.RegularExpressions;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>Turns what a toy tells about itself into the identifier that selects its model in devices.json.</summary>
internal static partial class DeviceTypeReply
{
    /// <summary>Identifier of a toy whose answer could not be understood; no model lists it, so the defaults apply.</summary>
    public const string Unrecognised = "lovense";

    /// <summary>The Flexer drives its motors separately only from firmware 3 on, a different model entry.</summary>
    private const string FlexerType = "EI";
    private const string FlexerFirmware3 = "EI-FW3";

    /// <summary>
    /// Reads an answer to <c>DeviceType;</c>, <c>type:firmware:address;</c> (e.g. <c>Z:11:0082059AD3BD;</c>):
    /// the type letters are the identifier; an answer without a colon gives <see cref="Unrecognised"/>.
    /// </summary>
    public static string ToIdentifier(string reply)
    {
        var parts = reply.Split(':');
        if (parts.Length < 2)
            return Unrecognised;
        var type = parts[0];
        // An unreadable firmware version counts as 0, as old toys report odd values.
        var firmware = int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : 0;
        return type == FlexerType && firmware >= 3 ? FlexerFirmware3 : type;
    }

    /// <summary>
    /// For a toy that never answered: the type letters of a BLE name such as <c>LVS-Z36</c> (<c>Z</c>);
    /// null when the name has none.
    /// </summary>
    public static string? FromAdvertisedName(string name)
    {
        var match = TypeInName().Match(name);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"LVS-([A-Z]+)\d+")]
    private static partial Regex TypeInName();
}
