namespace ButtplugHost.Configuration;

/// <summary>The known name closest to a misspelt one (Levenshtein distance, case-insensitive).</summary>
internal static class NearestName
{
    public static (string? Name, int Distance) Find(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var d = Distance(wrong.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (d < bestDistance)
                (best, bestDistance) = (candidate, d);
        }
        return (best, bestDistance);
    }

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
