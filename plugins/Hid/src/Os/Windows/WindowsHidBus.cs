using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ButtplugHost.Plugins.Hid.Os.Windows;

/// <summary>
/// Windows HID: device interfaces of the HID class from SetupAPI, identity from hid.dll (a node opened
/// with no access rights, which Windows allows even for keyboards and mice). Compiled on every system,
/// run only on Windows; the logic above it is tested against fakes.
/// </summary>
internal sealed class WindowsHidBus : IHidBus
{
    public string Name => "Windows HID";

    public bool IsSupported(out string reason)
    {
        reason = OperatingSystem.IsWindows() ? "" : "the Windows HID API exists only on Windows";
        return OperatingSystem.IsWindows();
    }

    public IReadOnlyList<HidDeviceInfo> Enumerate()
    {
        var result = new List<HidDeviceInfo>();
        Native.HidDGetHidGuid(out var hidGuid);
        var set = Native.SetupDiGetClassDevs(hidGuid, 0, 0, Native.DigcfPresent | Native.DigcfDeviceInterface);
        if (set == -1)
            return result;
        try
        {
            var data = new Native.SpDeviceInterfaceData { CbSize = Marshal.SizeOf<Native.SpDeviceInterfaceData>() };
            for (uint index = 0; Native.SetupDiEnumDeviceInterfaces(set, 0, hidGuid, index, ref data); index++)
            {
                if (InterfacePath(set, ref data) is { } path && Describe(path) is { } info)
                    result.Add(info);
            }
        }
        finally
        {
            Native.SetupDiDestroyDeviceInfoList(set);
        }
        return result;
    }

    public bool CanOpen(HidDeviceInfo device)
    {
        using var handle = Native.CreateFile(device.Path, Native.GenericRead | Native.GenericWrite, Native.FileShareRead | Native.FileShareWrite, 0, Native.OpenExisting, 0, 0);
        return !handle.IsInvalid;
    }

    public IHidDevice Open(HidDeviceInfo device) => WindowsHidDevice.Open(device.Path);

    public string AccessAdvice(HidDeviceInfo device) =>
        "close other programs that hold the device open (a game launcher, the vendor's app), then plug it in again";

    private static unsafe string? InterfacePath(nint set, ref Native.SpDeviceInterfaceData data)
    {
        Native.SetupDiGetDeviceInterfaceDetail(set, ref data, null, 0, out var size, 0);
        if (size <= 0)
            return null;
        var buffer = new byte[size];
        fixed (byte* detail = buffer)
        {
            // SP_DEVICE_INTERFACE_DETAIL_DATA_W: cbSize (8 on 64-bit, 6 on 32-bit), then the path in UTF-16.
            *(int*)detail = IntPtr.Size == 8 ? 8 : 6;
            if (!Native.SetupDiGetDeviceInterfaceDetail(set, ref data, detail, size, out _, 0))
                return null;
            return new string((char*)(detail + 4));
        }
    }

    private static unsafe HidDeviceInfo? Describe(string path)
    {
        // Access 0: identity queries work without read/write rights, so listing never fails on permissions.
        using var handle = Native.CreateFile(path, 0, Native.FileShareRead | Native.FileShareWrite, 0, Native.OpenExisting, 0, 0);
        if (handle.IsInvalid)
            return null;
        var attributes = new Native.HiddAttributes { Size = Marshal.SizeOf<Native.HiddAttributes>() };
        if (!Native.HidDGetAttributes(handle, ref attributes))
            return null;
        return new HidDeviceInfo(path, attributes.VendorId, attributes.ProductId, ReadString(handle, Native.HidDGetProductString), ReadString(handle, Native.HidDGetSerialNumberString));
    }

    private unsafe delegate bool StringQuery(SafeFileHandle handle, char* buffer, int bytes);

    private static unsafe string ReadString(SafeFileHandle handle, StringQuery query)
    {
        var buffer = stackalloc char[127];
        return query(handle, buffer, 254) ? new string(buffer) : "";
    }
}
