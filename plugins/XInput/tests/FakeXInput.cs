using System.Collections.Concurrent;

namespace ButtplugHost.Plugins.XInput.Tests;

/// <summary>XInput's four slots in memory: plug and unplug controllers, see the motor speeds set.</summary>
internal sealed class FakeXInput : IXInputApi
{
    private readonly bool[] _plugged = new bool[4];
    private readonly byte?[] _battery = new byte?[4];

    public ConcurrentQueue<(int Slot, ushort Left, ushort Right)> Vibrations { get; } = new();

    public Exception? Failure { get; set; }

    public int Checks;

    public void Plug(int slot, byte? battery = 3)
    {
        _battery[slot] = battery;
        Volatile.Write(ref _plugged[slot], true);
    }

    public void Unplug(int slot) => Volatile.Write(ref _plugged[slot], false);

    public bool IsConnected(int slot)
    {
        if (Failure is not null)
            throw Failure;
        Interlocked.Increment(ref Checks);
        return Volatile.Read(ref _plugged[slot]);
    }

    public int SetVibration(int slot, ushort leftMotor, ushort rightMotor)
    {
        if (!Volatile.Read(ref _plugged[slot]))
            return 1167;
        Vibrations.Enqueue((slot, leftMotor, rightMotor));
        return 0;
    }

    public byte? BatteryLevel(int slot) => _battery[slot];
}
