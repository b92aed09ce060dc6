namespace ButtplugHost.Devices.Ownership;

/// <summary>Who drives an output that several clients write (<c>--max-clients</c> above 1).</summary>
internal enum OwnershipPolicy
{
    /// <summary>Every write takes the output over: the client that wrote it last drives it.</summary>
    LastWriterWins,

    /// <summary>The first client to set the output holds it until it brings it to rest (a stop, a zero or its disconnect); others get an error meanwhile.</summary>
    FirstHolds,
}

/// <summary>The policy's names in configuration: <c>last-writer-wins</c> and <c>first-holds</c>.</summary>
internal static class OwnershipPolicies
{
    /// <summary>Reads a policy name (case and separators ignored: <c>FirstHolds</c> and <c>first-holds</c> both work).</summary>
    public static bool TryParse(string? text, out OwnershipPolicy policy)
    {
        var plain = (text ?? "").Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (plain.Equals("firstholds", StringComparison.OrdinalIgnoreCase))
        {
            policy = OwnershipPolicy.FirstHolds;
            return true;
        }
        policy = OwnershipPolicy.LastWriterWins;
        return plain.Equals("lastwriterwins", StringComparison.OrdinalIgnoreCase);
    }
}
