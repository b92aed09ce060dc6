using ButtplugHost.DBus;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>
/// BlueZ's object tree as last seen: path → interface → properties. Loaded from GetManagedObjects and
/// kept current from InterfacesAdded/InterfacesRemoved/PropertiesChanged. Thread-safe; queries return copies.
/// </summary>
internal sealed class BlueZObjectCache
{
    private readonly object _gate = new();
    private readonly Dictionary<ObjectPath, Dictionary<string, Dictionary<string, Variant>>> _objects = [];

    /// <summary>Replaces the whole tree with a GetManagedObjects snapshot.</summary>
    public void Load(IReadOnlyDictionary<ObjectPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Variant>>> snapshot)
    {
        lock (_gate)
        {
            _objects.Clear();
            foreach (var (path, interfaces) in snapshot)
                _objects[path] = interfaces.ToDictionary(i => i.Key, i => new Dictionary<string, Variant>(i.Value));
        }
    }

    /// <summary>Applies InterfacesAdded.</summary>
    public void Apply(InterfacesAdded added)
    {
        lock (_gate)
        {
            var interfaces = ObjectAt(added.Object);
            foreach (var (name, properties) in added.Interfaces)
                interfaces[name] = new Dictionary<string, Variant>(properties);
        }
    }

    /// <summary>Applies InterfacesRemoved; an object with no interfaces left is dropped.</summary>
    public void Apply(InterfacesRemoved removed)
    {
        lock (_gate)
        {
            if (!_objects.TryGetValue(removed.Object, out var interfaces))
                return;
            foreach (var name in removed.Interfaces)
                interfaces.Remove(name);
            if (interfaces.Count == 0)
                _objects.Remove(removed.Object);
        }
    }

    /// <summary>Applies PropertiesChanged (new values merged, invalidated ones dropped).</summary>
    public void Apply(PropertiesChanged changed)
    {
        lock (_gate)
        {
            var interfaces = ObjectAt(changed.Path);
            if (!interfaces.TryGetValue(changed.Interface, out var properties))
                interfaces[changed.Interface] = properties = [];
            foreach (var (name, value) in changed.Changed)
                properties[name] = value;
            foreach (var name in changed.Invalidated)
                properties.Remove(name);
        }
    }

    /// <summary>The properties of one interface of an object, or null when it lacks the interface.</summary>
    public IReadOnlyDictionary<string, Variant>? Properties(ObjectPath path, string @interface)
    {
        lock (_gate)
        {
            return _objects.TryGetValue(path, out var interfaces) && interfaces.TryGetValue(@interface, out var properties)
                ? new Dictionary<string, Variant>(properties)
                : null;
        }
    }

    /// <summary>Every object that has <paramref name="interface"/>, with that interface's properties, by path.</summary>
    public IReadOnlyList<BlueZObject> WithInterface(string @interface)
    {
        lock (_gate)
        {
            return _objects
                .Where(o => o.Value.ContainsKey(@interface))
                .Select(o => new BlueZObject(o.Key, new Dictionary<string, Variant>(o.Value[@interface])))
                .OrderBy(o => o.Path.Value, StringComparer.Ordinal)
                .ToList();
        }
    }

    private Dictionary<string, Dictionary<string, Variant>> ObjectAt(ObjectPath path)
    {
        if (!_objects.TryGetValue(path, out var interfaces))
            _objects[path] = interfaces = [];
        return interfaces;
    }
}

/// <summary>One BlueZ object with the properties of one of its interfaces.</summary>
/// <param name="Path">Object path.</param>
/// <param name="Properties">The interface's properties.</param>
internal sealed record BlueZObject(ObjectPath Path, IReadOnlyDictionary<string, Variant> Properties);
