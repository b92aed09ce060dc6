using System.Text;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.TCode.Tests;

internal static class Lines
{
    public static HardwareCommand Tx(string text) => HardwareCommand.Write(Endpoints.Tx, Encoding.ASCII.GetBytes(text));
}
