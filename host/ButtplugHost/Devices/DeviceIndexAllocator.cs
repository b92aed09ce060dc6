namespace ButtplugHost.Devices;

/// <summary>Gives each device address an index for the life of the server, so a reconnecting device keeps its index.</summary>
internal sealed class DeviceIndexAllocator
{
    private readonly Dictionary<string, uint> _byAddress = [];
    private uint _next;

    public uint IndexFor(string transport, string address)
    {
        var key = transport + "\n" + address;
        lock (_byAddress)
        {
            if (!_byAddress.TryGetValue(key, out var index))
                _byAddress[key] = index = _next++;
            return index;
        }
    }
}
