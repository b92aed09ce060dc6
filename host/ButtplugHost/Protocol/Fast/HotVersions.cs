using ButtplugHost.Protocol.Handlers;

namespace ButtplugHost.Protocol.Fast;

/// <summary>The message versions each hot message belongs to, as the message table gives them.</summary>
internal static class HotVersions
{
    private static readonly (int First, int Last)[] Ranges = HotNames.KindNames
        .Select(name => MessageTable.Find(name) is { } entry ? (entry.FirstVersion, entry.LastVersion) : (1, 0))
        .ToArray();

    public static bool Accepts(HotKind kind, int version)
    {
        var (first, last) = Ranges[(int)kind];
        return version >= first && version <= last;
    }
}
