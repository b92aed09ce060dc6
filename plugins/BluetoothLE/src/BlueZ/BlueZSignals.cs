using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.BlueZ;

/// <summary>The signals the adapter follows, read out of their messages (which are only valid while being read).</summary>
internal abstract record BlueZSignal
{
    /// <summary>Reads one matched signal; null for a signal of no interest.</summary>
    public static BlueZSignal? Read(Message message, object? state)
    {
        var reader = message.GetBodyReader();
        switch (message.MemberAsString)
        {
            case "InterfacesAdded" when message.SignatureAsString == "oa{sa{sv}}":
                return new InterfacesAdded(reader.ReadObjectPathAsString(), BlueZObjects.ReadInterfaces(ref reader));
            case "InterfacesRemoved" when message.SignatureAsString == "oas":
                return new InterfacesRemoved(reader.ReadObjectPathAsString(), reader.ReadArrayOfString());
            case "PropertiesChanged" when message.SignatureAsString == "sa{sv}as":
                return new PropertiesChanged(message.PathAsString ?? "", reader.ReadString(), reader.ReadDictionaryOfStringToVariantValue(), reader.ReadArrayOfString());
            case "NameOwnerChanged" when message.SignatureAsString == "sss":
                return new NameOwnerChanged(reader.ReadString(), reader.ReadString(), reader.ReadString());
            default:
                return null;
        }
    }
}

internal sealed record InterfacesAdded(string Path, Dictionary<string, Dictionary<string, VariantValue>> Interfaces) : BlueZSignal;

internal sealed record InterfacesRemoved(string Path, string[] Interfaces) : BlueZSignal;

internal sealed record PropertiesChanged(string Path, string Interface, Dictionary<string, VariantValue> Changed, string[] Invalidated) : BlueZSignal;

internal sealed record NameOwnerChanged(string Name, string OldOwner, string NewOwner) : BlueZSignal;
