using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Hid.Bus;

/// <summary>The vendor/product pairs some loaded protocol (or the user's device config) declares in a <c>hid</c> specifier.</summary>
internal static class WantedIds
{
    public static HashSet<(ushort VendorId, ushort ProductId)> From(IEnumerable<CommunicationSpecifier> specifiers) =>
        specifiers.Where(s => s.Hid is not null).SelectMany(s => s.Hid!.Pairs).Select(p => (p.VendorId, p.ProductId)).ToHashSet();
}
