using ButtplugHost.Protocol;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Devices.Ownership;

/// <summary>
/// Which client drives which output, when several clients share the devices (<c>--max-clients</c>).
/// A write makes its client the output's driver (or, under <see cref="OwnershipPolicy.FirstHolds"/>,
/// is refused while another client holds it); a value at rest hands the output back. Writes are queued
/// under the same lock as the claim, so the driver recorded is the one whose value the device gets.
/// </summary>
internal sealed class OutputOwners(Func<ConnectedDevice, OwnershipPolicy> policyOf)
{
    private readonly object _gate = new();
    private readonly Dictionary<OutputKey, IOutputOwner> _drivers = [];
    private readonly HashSet<IOutputOwner> _owners = [];

    /// <summary>Raised when an output changed hands (for the status page).</summary>
    public event Action? Changed;

    /// <summary>Registers a live owner (a client after its handshake).</summary>
    public void Join(IOutputOwner owner)
    {
        lock (_gate)
            _owners.Add(owner);
        Changed?.Invoke();
    }

    /// <summary>Forgets an owner and every output it drove (its outputs are already being stopped).</summary>
    public void Leave(IOutputOwner owner)
    {
        lock (_gate)
        {
            _owners.Remove(owner);
            foreach (var key in _drivers.Where(d => d.Value == owner).Select(d => d.Key).ToList())
                _drivers.Remove(key);
        }
        Changed?.Invoke();
    }

    /// <summary>The live owners other than <paramref name="owner"/>.</summary>
    public IReadOnlyList<IOutputOwner> Others(IOutputOwner owner)
    {
        lock (_gate)
            return [.. _owners.Where(o => o != owner)];
    }

    /// <summary>
    /// Claims the outputs of <paramref name="commands"/> for <paramref name="owner"/> and queues them on
    /// <paramref name="device"/>. Under <see cref="OwnershipPolicy.FirstHolds"/>, an output another
    /// client holds refuses the whole command (nothing is queued): a Device error names the holder.
    /// </summary>
    public void Drive(IOutputOwner owner, ConnectedDevice device, IReadOnlyList<OutputCommand> commands)
    {
        lock (_gate)
        {
            if (policyOf(device) == OwnershipPolicy.FirstHolds)
            {
                for (var i = 0; i < commands.Count; i++) // for, not foreach: no boxed enumerator per command
                {
                    var command = commands[i];
                    if (_drivers.TryGetValue(new OutputKey(device, command.FeatureIndex, command.Type), out var holder) && holder != owner)
                        throw ButtplugError.Device($"{command.Type} of feature {command.FeatureIndex} of {device.Info.Name} is held by another client ({holder.OwnerName}) until it stops it.");
                }
            }
            for (var i = 0; i < commands.Count; i++)
            {
                var command = commands[i];
                var key = new OutputKey(device, command.FeatureIndex, command.Type);
                if (AtRest(command))
                    _drivers.Remove(key);
                else
                    _drivers[key] = owner;
            }
            device.QueueOutputs(commands);
        }
        Changed?.Invoke();
    }

    /// <summary>The outputs <paramref name="owner"/> drives now.</summary>
    public IReadOnlyList<OutputKey> DrivenBy(IOutputOwner owner)
    {
        lock (_gate)
            return [.. _drivers.Where(d => d.Value == owner).Select(d => d.Key)];
    }

    /// <summary>The driver of one output, if any.</summary>
    public IOutputOwner? DriverOf(OutputKey key)
    {
        lock (_gate)
            return _drivers.GetValueOrDefault(key);
    }

    /// <summary>
    /// Brings to rest the outputs of <paramref name="device"/> (of one feature, when given) that no
    /// other client drives, and hands <paramref name="owner"/>'s back. When no other client drives any
    /// output of the device, the device's own stop runs (the protocol's stop, inputs left alone).
    /// </summary>
    public Task StopOwnAsync(IOutputOwner owner, ConnectedDevice device, uint? featureIndex = null)
    {
        bool othersDrive;
        List<OutputCommand> rest;
        lock (_gate)
        {
            var driven = _drivers.Where(d => d.Key.Device == device).ToList();
            othersDrive = driven.Any(d => d.Value != owner);
            var own = driven.Where(d => d.Value == owner && (featureIndex is null || d.Key.FeatureIndex == featureIndex)).Select(d => d.Key).ToHashSet();
            foreach (var key in own)
                _drivers.Remove(key);
            // This client's outputs, and any output left running that nobody drives; never another client's.
            var running = device.Outputs.Where(o => o.Value != 0).Select(o => (o.FeatureIndex, o.Type)).ToHashSet();
            rest = [.. device.Info.Features
                .Where(f => featureIndex is null || f.Index == featureIndex)
                .SelectMany(OutputStops.For)
                .Where(c => !_drivers.ContainsKey(new OutputKey(device, c.FeatureIndex, c.Type)))
                .Where(c => own.Contains(new OutputKey(device, c.FeatureIndex, c.Type)) || running.Contains((c.FeatureIndex, c.Type)))];
            if (othersDrive || featureIndex is not null)
                device.QueueOutputs(rest);
        }
        Changed?.Invoke();
        return othersDrive || featureIndex is not null ? Task.CompletedTask : device.StopAsync(outputs: true, inputs: false);
    }

    /// <summary>The device (or one feature of it) stopped as a whole (StopAllDevices, the status page) or went away: nobody drives it.</summary>
    public void Release(ConnectedDevice device, uint? featureIndex = null)
    {
        bool changed;
        lock (_gate)
        {
            var keys = _drivers.Keys.Where(k => k.Device == device && (featureIndex is null || k.FeatureIndex == featureIndex)).ToList();
            foreach (var key in keys)
                _drivers.Remove(key);
            changed = keys.Count > 0;
        }
        if (changed)
            Changed?.Invoke();
    }

    private static bool AtRest(OutputCommand command) => OutputStops.HasRestingValue(command.Type) && command.Value == 0;
}
