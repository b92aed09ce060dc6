using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ButtplugHost.Plugins.Hid.Os.Windows;

/// <summary>Win32 HID (hid.dll), SetupAPI (setupapi.dll) and CreateFile: only what listing and opening need.</summary>
internal static partial class Native
{
    public const uint DigcfPresent = 0x2;
    public const uint DigcfDeviceInterface = 0x10;
    public const uint GenericRead = 0x80000000;
    public const uint GenericWrite = 0x40000000;
    public const uint FileShareRead = 0x1;
    public const uint FileShareWrite = 0x2;
    public const uint OpenExisting = 3;
    public const uint FileFlagOverlapped = 0x40000000;
    public const int ErrorAccessDenied = 5;
    public const int ErrorSharingViolation = 32;
    public const int HidpStatusSuccess = 0x00110000;

    [StructLayout(LayoutKind.Sequential)]
    public struct SpDeviceInterfaceData
    {
        public int CbSize;
        public Guid InterfaceClassGuid;
        public int Flags;
        public nint Reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct HiddAttributes
    {
        public int Size;
        public ushort VendorId;
        public ushort ProductId;
        public ushort VersionNumber;
    }

    [StructLayout(LayoutKind.Sequential)]
    public unsafe struct HidpCaps
    {
        public ushort Usage;
        public ushort UsagePage;
        public ushort InputReportByteLength;
        public ushort OutputReportByteLength;
        public ushort FeatureReportByteLength;
        public fixed ushort Reserved[17];
        public ushort NumberLinkCollectionNodes;
        public ushort NumberInputButtonCaps;
        public ushort NumberInputValueCaps;
        public ushort NumberInputDataIndices;
        public ushort NumberOutputButtonCaps;
        public ushort NumberOutputValueCaps;
        public ushort NumberOutputDataIndices;
        public ushort NumberFeatureButtonCaps;
        public ushort NumberFeatureValueCaps;
        public ushort NumberFeatureDataIndices;
    }

    [LibraryImport("hid.dll", EntryPoint = "HidD_GetHidGuid")]
    public static partial void HidDGetHidGuid(out Guid guid);

    [LibraryImport("hid.dll", EntryPoint = "HidD_GetAttributes")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool HidDGetAttributes(SafeFileHandle device, ref HiddAttributes attributes);

    [LibraryImport("hid.dll", EntryPoint = "HidD_GetProductString")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static unsafe partial bool HidDGetProductString(SafeFileHandle device, char* buffer, int bufferBytes);

    [LibraryImport("hid.dll", EntryPoint = "HidD_GetSerialNumberString")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static unsafe partial bool HidDGetSerialNumberString(SafeFileHandle device, char* buffer, int bufferBytes);

    [LibraryImport("hid.dll", EntryPoint = "HidD_SetFeature", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.U1)]
    public static unsafe partial bool HidDSetFeature(SafeFileHandle device, byte* report, int length);

    [LibraryImport("hid.dll", EntryPoint = "HidD_GetPreparsedData")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool HidDGetPreparsedData(SafeFileHandle device, out nint preparsed);

    [LibraryImport("hid.dll", EntryPoint = "HidD_FreePreparsedData")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool HidDFreePreparsedData(nint preparsed);

    [LibraryImport("hid.dll", EntryPoint = "HidP_GetCaps")]
    public static partial int HidPGetCaps(nint preparsed, out HidpCaps caps);

    [LibraryImport("setupapi.dll", EntryPoint = "SetupDiGetClassDevsW", SetLastError = true)]
    public static partial nint SetupDiGetClassDevs(in Guid classGuid, nint enumerator, nint parent, uint flags);

    [LibraryImport("setupapi.dll", EntryPoint = "SetupDiEnumDeviceInterfaces", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool SetupDiEnumDeviceInterfaces(nint set, nint deviceInfo, in Guid classGuid, uint index, ref SpDeviceInterfaceData data);

    [LibraryImport("setupapi.dll", EntryPoint = "SetupDiGetDeviceInterfaceDetailW", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static unsafe partial bool SetupDiGetDeviceInterfaceDetail(nint set, ref SpDeviceInterfaceData data, byte* detail, int detailSize, out int requiredSize, nint deviceInfo);

    [LibraryImport("setupapi.dll", EntryPoint = "SetupDiDestroyDeviceInfoList")]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool SetupDiDestroyDeviceInfoList(nint set);

    [LibraryImport("kernel32.dll", EntryPoint = "CreateFileW", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    public static partial SafeFileHandle CreateFile(string path, uint access, uint share, nint security, uint creation, uint flags, nint template);
}
