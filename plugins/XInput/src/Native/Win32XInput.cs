using System.Runtime.InteropServices;

namespace ButtplugHost.Plugins.XInput;

/// <summary>XInput 1.4 (<c>xinput1_4.dll</c>, part of Windows 8 and later) by P/Invoke.</summary>
internal sealed class Win32XInput : IXInputApi
{
    private const int ErrorSuccess = 0;
    private const byte BatteryDeviceTypeGamepad = 0;

    public bool IsConnected(int slot) => NativeMethods.XInputGetState(slot, out _) == ErrorSuccess;

    public int SetVibration(int slot, ushort leftMotor, ushort rightMotor)
    {
        var vibration = new NativeMethods.XInputVibration { LeftMotorSpeed = leftMotor, RightMotorSpeed = rightMotor };
        return NativeMethods.XInputSetState(slot, ref vibration);
    }

    public byte? BatteryLevel(int slot) =>
        NativeMethods.XInputGetBatteryInformation(slot, BatteryDeviceTypeGamepad, out var info) == ErrorSuccess ? info.BatteryLevel : null;

    private static class NativeMethods
    {
        private const string Library = "xinput1_4.dll";

        [StructLayout(LayoutKind.Sequential)]
        public struct XInputGamepad
        {
            public ushort Buttons;
            public byte LeftTrigger;
            public byte RightTrigger;
            public short ThumbLX;
            public short ThumbLY;
            public short ThumbRX;
            public short ThumbRY;
        }

        [StructLayout(LayoutKind.Sequential)]
        public struct XInputState
        {
            public uint PacketNumber;
            public XInputGamepad Gamepad;
        }

        [StructLayout(LayoutKind.Sequential)]
        public struct XInputVibration
        {
            public ushort LeftMotorSpeed;
            public ushort RightMotorSpeed;
        }

        [StructLayout(LayoutKind.Sequential)]
        public struct XInputBatteryInformation
        {
            public byte BatteryType;
            public byte BatteryLevel;
        }

        [DllImport(Library)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        public static extern int XInputGetState(int userIndex, out XInputState state);

        [DllImport(Library)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        public static extern int XInputSetState(int userIndex, ref XInputVibration vibration);

        [DllImport(Library)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        public static extern int XInputGetBatteryInformation(int userIndex, byte deviceType, out XInputBatteryInformation information);
    }
}
