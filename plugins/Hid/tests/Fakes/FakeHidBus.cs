using ButtplugHost.Plugins.Hid.Os;

namespace ButtplugHost.Plugins.Hid.Tests.Fakes;

/// <summary>The OS HID layer in memory: nodes are plugged and unplugged by the test.</summary>
internal sealed class FakeHidBus : IHidBus
{
    private readonly object _gate = new();
    private readonly List<FakeHidNode> _nodes = [];

    public string Name => "fake";

    public bool Supported { get; set; } = true;

    public bool IsSupported(out string reason)
    {
        reason = Supported ? "" : "no HID here (fake)";
        return Supported;
    }

    public FakeHidNode Plug(string path, ushort vendorId, ushort productId, string name = "Toy", string serial = "")
    {
        var node = new FakeHidNode(new HidDeviceInfo(path, vendorId, productId, name, serial));
        lock (_gate)
            _nodes.Add(node);
        return node;
    }

    public void Unplug(FakeHidNode node)
    {
        lock (_gate)
            _nodes.Remove(node);
        node.Device?.Unplug();
    }

    /// <summary>How many times the nodes were listed.</summary>
    public int EnumerateCount => Volatile.Read(ref _enumerations);

    private int _enumerations;

    public IReadOnlyList<HidDeviceInfo> Enumerate()
    {
        Interlocked.Increment(ref _enumerations);
        lock (_gate)
            return [.. _nodes.Select(n => n.Info)];
    }

    public bool CanOpen(HidDeviceInfo device) => Find(device)?.Accessible ?? false;

    public IHidDevice Open(HidDeviceInfo device)
    {
        var node = Find(device) ?? throw new HidOpenException($"cannot open {device.Path}: no such device", accessDenied: false);
        if (!node.Accessible)
            throw new HidOpenException($"cannot open {device.Path}: Permission denied (errno 13)", accessDenied: true);
        node.Opens++;
        node.Device = new FakeHidDevice();
        node.Opened?.Invoke(node.Device);
        return node.Device;
    }

    public string AccessAdvice(HidDeviceInfo device) => Os.Linux.UdevRule.Advice(device.Path, device.VendorId, device.ProductId);

    private FakeHidNode? Find(HidDeviceInfo device)
    {
        lock (_gate)
            return _nodes.FirstOrDefault(n => n.Info.Path == device.Path);
    }
}

/// <summary>One plugged-in node of a <see cref="FakeHidBus"/>.</summary>
internal sealed class FakeHidNode(HidDeviceInfo info)
{
    public HidDeviceInfo Info { get; } = info;

    public bool Accessible { get; set; } = true;

    public int Opens { get; set; }

    /// <summary>The device of the latest open.</summary>
    public FakeHidDevice? Device { get; set; }

    /// <summary>Called with each newly opened device (before the transport uses it).</summary>
    public Action<FakeHidDevice>? Opened { get; set; }
}
