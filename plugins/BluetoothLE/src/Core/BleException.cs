namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>An OS stack operation failed; the message names the OS's own error (e.g. <c>org.bluez.Error.Failed</c>).</summary>
internal sealed class BleException : Exception
{
    public BleException() { }

    public BleException(string message) : base(message) { }

    public BleException(string message, Exception inner) : base(message, inner) { }
}
