namespace ButtplugHost.Plugins.XInput;

/// <summary>
/// The three XInput calls the transport needs, behind an interface so the polling and mapping logic
/// is tested with a fake anywhere; <see cref="Win32XInput"/> is the real one. Controller slots are 0–3.
/// </summary>
internal interface IXInputApi
{
    /// <summary>Whether a controller is in <paramref name="slot"/> (<c>XInputGetState</c> succeeds).</summary>
    /// <exception cref="DllNotFoundException">XInput is not installed.</exception>
    bool IsConnected(int slot);

    /// <summary>Sets the two rumble motors (<c>XInputSetState</c>); returns the Win32 error code, 0 on success.</summary>
    int SetVibration(int slot, ushort leftMotor, ushort rightMotor);

    /// <summary>The gamepad's battery level, 0 (empty) to 3 (full) (<c>XInputGetBatteryInformation</c>); null when it cannot be read.</summary>
    byte? BatteryLevel(int slot);
}
