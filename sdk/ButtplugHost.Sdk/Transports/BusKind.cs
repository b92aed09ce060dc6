namespace ButtplugHost.Sdk.Transports;

/// <summary>The kind of bus a device was found on; selects which device-definition specifiers apply.</summary>
public enum BusKind
{
    /// <summary>Bluetooth Low Energy (matched against <c>btle</c> specifiers).</summary>
    BluetoothLE,
    /// <summary>A serial port (matched against <c>serial</c> specifiers).</summary>
    Serial,
    /// <summary>A USB/Bluetooth HID device (matched against <c>hid</c> specifiers).</summary>
    Hid,
    /// <summary>A device that connected over the network (matched against <c>websocket</c> specifiers).</summary>
    WebSocket,
    /// <summary>A toy reported by the Lovense Connect app's local HTTP API (matched against <c>lovense_connect_service</c> specifiers). Added in SDK 1.3.</summary>
    LovenseConnect,
    /// <summary>An XInput gamepad on Windows (matched against <c>xinput</c> specifiers). Added in SDK 1.3.</summary>
    XInput,
}
