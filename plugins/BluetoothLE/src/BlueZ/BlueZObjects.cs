using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.BlueZ;

/// <summary>
/// BlueZ's object tree as last seen: path → interface → properties. Loaded from GetManagedObjects and
/// kept current from the signals. Thread-safe; queries return copies.
/// </summary>
internal sealed class BlueZObjects
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, VariantValue>>> _objects = new(StringComparer.Ordinal);

    /// <summary>Reads a GetManagedObjects reply (<c>a{oa{sa{sv}}}</c>).</summary>
    public static Dictionary<string, Dictionary<string, Dictionary<string, VariantValue>>> ReadManagedObjects(Message message, object? state)
    {
        var reader = message.GetBodyReader();
        var result = new Dictionary<string, Dictionary<string, Dictionary<string, VariantValue>>>(StringComparer.Ordinal);
        var end = reader.ReadDictionaryStart();
        while (reader.HasNext(end))
        {
            var path = reader.ReadObjectPathAsString();
            result[path] = ReadInterfaces(ref reader);
        }
        return result;
    }

    /// <summary>Reads <c>a{sa{sv}}</c>.</summary>
    public static Dictionary<string, Dictionary<string, VariantValue>> ReadInterfaces(ref Reader reader)
    {
        var interfaces = new Dictionary<string, Dictionary<string, VariantValue>>(StringComparer.Ordinal);
        var end = reader.ReadDictionaryStart();
        while (reader.HasNext(end))
        {
            var name = reader.ReadString();
            interfaces[name] = reader.ReadDictionaryOfStringToVariantValue();
        }
        return interfaces;
    }

    public void Load(Dictionary<string, Dictionary<string, Dictionary<string, VariantValue>>> snapshot)
    {
        lock (_gate)
        {
            _objects.Clear();
            foreach (var (path, interfaces) in snapshot)
                _objects[path] = interfaces.ToDictionary(i => i.Key, i => new Dictionary<string, VariantValue>(i.Value));
        }
    }

    public void Clear()
    {
        lock (_gate)
            _objects.Clear();
    }

    public void Apply(InterfacesAdded added)
    {
        lock (_gate)
        {
            var interfaces = ObjectAt(added.Path);
            foreach (var (name, properties) in added.Interfaces)
                interfaces[name] = new Dictionary<string, VariantValue>(properties);
        }
    }

    public void Apply(InterfacesRemoved removed)
    {
        lock (_gate)
        {
            if (!_objects.TryGetValue(removed.Path, out var interfaces))
                return;
            foreach (var name in removed.Interfaces)
                interfaces.Remove(name);
            if (interfaces.Count == 0)
                _objects.Remove(removed.Path);
        }
    }

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
    public IReadOnlyDictionary<string, VariantValue>? Properties(string path, string @interface)
    {
        lock (_gate)
        {
            return _objects.TryGetValue(path, out var interfaces) && interfaces.TryGetValue(@interface, out var properties)
                ? new Dictionary<string, VariantValue>(properties)
                : null;
        }
    }

    /// <summary>Every object that has <paramref name="interface"/>, with that interface's properties, by path.</summary>
    public IReadOnlyList<(string Path, IReadOnlyDictionary<string, VariantValue> Properties)> WithInterface(string @interface)
    {
        lock (_gate)
        {
            return _objects
                .Where(o => o.Value.ContainsKey(@interface))
                .Select(o => (o.Key, (IReadOnlyDictionary<string, VariantValue>)new Dictionary<string, VariantValue>(o.Value[@interface])))
                .OrderBy(o => o.Key, StringComparer.Ordinal)
                .ToList();
        }
    }

    private Dictionary<string, Dictionary<string, VariantValue>> ObjectAt(string path)
    {
        if (!_objects.TryGetValue(path, out var interfaces))
            _objects[path] = interfaces = new(StringComparer.Ordinal);
        return interfaces;
    }
}
