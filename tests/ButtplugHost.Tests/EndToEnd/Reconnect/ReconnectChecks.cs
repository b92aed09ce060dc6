using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ButtplugHost.Tests.EndToEnd.Reconnect;

/// <summary>What every bus's reconnect test checks in the official client's output.</summary>
internal static partial class ReconnectChecks
{
    /// <summary>
    /// The client saw the device added, removed, and added again under the same index, and asked for
    /// exactly one scan (stopped before the drop-out); returns the index.
    /// </summary>
    public static int AssertCameBackUnderItsIndex(IReadOnlyList<JsonObject> output, string name)
    {
        var events = output.Where(l => l["event"] is not null && (l["name"]?.ToString() ?? "").Contains(name, StringComparison.Ordinal))
            .Select(l => (Event: l["event"]!.ToString(), Index: l["index"]!.GetValue<int>())).ToList();
        Assert.True(events.Count >= 3, "events: " + string.Join(", ", events));
        Assert.Equal(["deviceadded", "deviceremoved", "deviceadded"], events.Take(3).Select(e => e.Event));
        Assert.All(events.Take(3), e => Assert.Equal(events[0].Index, e.Index));
        Assert.Equal(1, output.Count(l => l["op"]?.ToString() == "scan"));
        var stop = output.ToList().FindIndex(l => l["op"]?.ToString() == "stopscan");
        var removed = output.ToList().FindIndex(l => l["event"]?.ToString() == "deviceremoved");
        Assert.True(stop >= 0 && stop < removed, "the scan must be stopped before the drop-out");
        return events[0].Index;
    }

    /// <summary>Writes of the test device (<c>F0:Vibrate:10;</c>) that set an output to anything but 0.</summary>
    public static IEnumerable<string> Moving(IEnumerable<string> writes) => writes.Where(w => MovingPattern().IsMatch(w));

    [GeneratedRegex(@"F\d+:[A-Za-z]+:-?[1-9]")]
    private static partial Regex MovingPattern();
}
