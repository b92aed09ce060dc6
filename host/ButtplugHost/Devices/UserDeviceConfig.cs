using System.Text.Json;
using System.Text.Json.Nodes;
using ButtplugHost.Devices.UserConfig;
using ButtplugHost.Sdk.Definitions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices;

/// <summary>
/// The user device config (<c>--user-device-config-file</c>), in the reference server's v4 format.
/// <c>protocols</c> adds communication specifiers (e.g. the serial port of a stroker) and models to
/// installed protocols; <c>devices</c> holds one entry per device ever connected: display name,
/// allow/deny, reserved index, message gap and per-feature limits. A device without an entry gets one
/// (with its index) and the file is rewritten atomically, so indexes survive restarts. A file that
/// cannot be read is reported once with its path and position and never written; the server then runs
/// on the built-in definitions. Without a file the same happens in memory.
/// </summary>
internal sealed class UserDeviceConfig
{
    private readonly object _gate = new();
    private readonly ILogger _logger;
    private readonly UserConfigFile _file;
    private readonly bool _writable;
    private readonly Dictionary<string, List<CommunicationSpecifier>> _specifiers = [];
    private readonly Dictionary<string, List<DeviceConfiguration>> _models = [];

    public UserDeviceConfig(IConfiguration configuration, ILogger<UserDeviceConfig> logger)
    {
        _logger = logger;
        FilePath = configuration["Server:UserDeviceConfigFile"] is { Length: > 0 } p ? Path.GetFullPath(p) : null;
        _file = new UserConfigFile { UserConfigs = new UserConfigs() };
        if (FilePath is null)
            return;
        if (!File.Exists(FilePath))
        {
            logger.LogInformation("User device config {Path} does not exist yet; it is created when a device connects", FilePath);
            _writable = true;
            return;
        }
        try
        {
            var file = Load(File.ReadAllText(FilePath));
            _file = file;
            _writable = true;
            logger.LogInformation("User device config {Path}: {Devices} devices, {Protocols} protocol additions",
                FilePath, _file.UserConfigs?.Devices?.Count ?? 0, _specifiers.Count + _models.Count);
        }
        catch (JsonException e)
        {
            logger.LogError("User device config {Error}. The file is left untouched and not written; running on the built-in definitions",
                JsonFileErrors.Describe(FilePath, e));
            ClearProtocolAdditions();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogError("User device config {Path}: {Error}. The file is left untouched and not written; running on the built-in definitions", FilePath, e.Message);
            ClearProtocolAdditions();
        }
    }

    /// <summary>The device groups of the file, unchecked (see <see cref="Groups.GroupDefinitions"/>).</summary>
    public IReadOnlyList<Groups.DeviceGroupEntry> Groups
    {
        get { lock (_gate) return [.. _file.UserConfigs?.Groups ?? []]; }
    }

    /// <summary>The file, if one was configured.</summary>
    public string? FilePath { get; }

    /// <summary>Protocols the file adds specifiers or models to.</summary>
    public IEnumerable<string> ProtocolNames => _specifiers.Keys.Union(_models.Keys);

    public IReadOnlyList<CommunicationSpecifier> ExtraSpecifiers(string protocol) =>
        _specifiers.TryGetValue(protocol, out var list) ? list : [];

    public IEnumerable<CommunicationSpecifier> AllExtraSpecifiers => _specifiers.Values.SelectMany(l => l);

    /// <summary>User-defined models of <paramref name="protocol"/> (<c>protocols.&lt;name&gt;.configurations</c>).</summary>
    public IReadOnlyList<DeviceConfiguration> Models(string protocol) =>
        _models.TryGetValue(protocol, out var list) ? list : [];

    /// <summary>The file's additions to <paramref name="protocol"/> as a definition overlay, or null.</summary>
    public ProtocolDefinition? Overlay(string protocol) =>
        _specifiers.ContainsKey(protocol) || _models.ContainsKey(protocol)
            ? new ProtocolDefinition { Name = protocol, Communication = [.. ExtraSpecifiers(protocol)], Configurations = [.. Models(protocol)] }
            : null;

    /// <summary>
    /// As the reference: a device whose address has a denied entry is never connected; when any entry
    /// is allowed, only addresses with an allowed entry are.
    /// </summary>
    public bool IsAllowed(string address, out string reason)
    {
        lock (_gate)
        {
            var devices = _file.UserConfigs?.Devices ?? [];
            if (devices.Any(d => d.Identifier.Address == address && d.Config.UserConfig.Deny))
            {
                reason = "denied in the user device config";
                return false;
            }
            if (devices.Any(d => d.Config.UserConfig.Allow) && !devices.Any(d => d.Identifier.Address == address && d.Config.UserConfig.Allow))
            {
                reason = "not on the user device config's allow list";
                return false;
            }
            reason = "";
            return true;
        }
    }

    /// <summary>
    /// The settings of a device about to be added: its entry's, or a new entry (lowest free index)
    /// that is written to the file.
    /// </summary>
    /// <param name="key">Protocol, model identifier and address.</param>
    /// <param name="modelFeatures">Every feature of the model the device resolved to.</param>
    /// <param name="indexInUse">True for indexes held by connected devices.</param>
    public DeviceSettings Claim(UserDeviceKey key, IReadOnlyList<FeatureDefinition> modelFeatures, Func<uint, bool> indexInUse)
    {
        UserDeviceEntry entry;
        var added = false;
        uint index;
        lock (_gate)
        {
            var devices = (_file.UserConfigs ??= new()).Devices ??= [];
            var found = devices.FirstOrDefault(d => d.Identifier == key);
            if (found is null)
            {
                index = FreeIndex(devices, indexInUse);
                found = NewEntry(key, modelFeatures, index);
                devices.Add(found);
                added = true;
            }
            entry = found;
            index = entry.Config.UserConfig.Index;
            if (!added && indexInUse(index))
            {
                var reserved = index;
                index = FreeIndex(devices, indexInUse);
                _logger.LogWarning("{Address}: its reserved index {Reserved} is held by another connected device; using {Index} for now", key.Address, reserved, index);
            }
            if (added)
                Save();
        }
        var customization = DeviceCustomization.Build(modelFeatures, entry.Config);
        foreach (var problem in customization.Problems)
            _logger.LogWarning("User device config entry of {Address} ({Protocol}): {Problem}", key.Address, key.Protocol, problem);
        var user = entry.Config.UserConfig;
        return new DeviceSettings(index, string.IsNullOrEmpty(user.DisplayName) ? null : user.DisplayName, user.MessageGapMs, customization, user.Reconnect);
    }

    /// <summary>
    /// Changes the entry of <paramref name="key"/> (name, allow/deny, output limits) and writes the
    /// file. The change applies to the device when it next connects.
    /// </summary>
    /// <returns>False when the file has no entry for the key.</returns>
    public bool Edit(UserDeviceKey key, Action<UserDeviceSettings> edit)
    {
        lock (_gate)
        {
            var found = _file.UserConfigs?.Devices?.FirstOrDefault(d => d.Identifier == key);
            if (found is null)
                return false;
            edit(found.Config);
            Save();
            return true;
        }
    }

    /// <summary>Reads the entry of <paramref name="key"/> under the lock (null when there is none).</summary>
    public T? Read<T>(UserDeviceKey key, Func<UserDeviceSettings, T> read)
    {
        lock (_gate)
        {
            var found = _file.UserConfigs?.Devices?.FirstOrDefault(d => d.Identifier == key);
            return found is null ? default : read(found.Config);
        }
    }

    /// <summary>The file as it would be written now (for tests and for saving).</summary>
    public string Serialize()
    {
        lock (_gate)
            return _file.Serialize();
    }

    private void Save()
    {
        if (FilePath is null || !_writable)
            return;
        try
        {
            AtomicFile.WriteAllText(FilePath, _file.Serialize());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not write the user device config {Path}: {Error}", FilePath, e.Message);
        }
    }

    // As the reference: the lowest index no entry holds (and, here, no connected device holds either).
    private static uint FreeIndex(List<UserDeviceEntry> devices, Func<uint, bool> indexInUse)
    {
        var taken = devices.Select(d => d.Config.UserConfig.Index).ToHashSet();
        uint index = 0;
        while (taken.Contains(index) || indexInUse(index))
            index++;
        return index;
    }

    private static UserDeviceEntry NewEntry(UserDeviceKey key, IReadOnlyList<FeatureDefinition> modelFeatures, uint index) => new()
    {
        Identifier = key,
        Config = new UserDeviceSettings
        {
            Id = Guid.NewGuid(),
            BaseId = ModelIds.Model(key.Protocol, key.Identifier),
            Features = modelFeatures.OrderBy(f => f.Index).Select(f => new UserFeatureEntry
            {
                Id = Guid.NewGuid(),
                BaseId = ModelIds.Feature(key.Protocol, key.Identifier, f.Index),
                Output = f.Output?.ToDictionary(o => o.Key, o => new UserOutputSettings
                {
                    Reverse = o.Key is OutputType.Position or OutputType.HwPositionWithDuration ? false : null,
                }),
            }).ToList(),
            UserConfig = new UserCustomization { Index = index },
        },
    };

    private UserConfigFile Load(string json)
    {
        var file = UserConfigFile.Parse(json);
        // Earlier versions of this server also read {"protocols": …} at the top level.
        if (file.UserConfigs is null && file.Extra is { } extra && extra.Remove("protocols", out var protocols))
            file.UserConfigs = new UserConfigs { Protocols = protocols.Deserialize<Dictionary<string, JsonObject>>() };
        if (file.Version.Major != 4)
            throw new InvalidDataException($"version {file.Version.Major}.{file.Version.Minor} is not a v4 user device config");
        file.UserConfigs ??= new();
        foreach (var (protocol, node) in file.UserConfigs.Protocols ?? [])
        {
            if (node["communication"] is JsonArray communication)
                _specifiers[protocol] = communication.Deserialize<List<CommunicationSpecifier>>(DefinitionFile.Options) ?? [];
            if (node["configurations"] is JsonArray configurations)
                _models[protocol] = configurations.Deserialize<List<DeviceConfiguration>>(DefinitionFile.Options) ?? [];
        }
        var keys = new HashSet<UserDeviceKey>();
        foreach (var device in file.UserConfigs.Devices ?? [])
        {
            if (!keys.Add(device.Identifier))
                throw new InvalidDataException($"device {device.Identifier.Protocol}/{device.Identifier.Identifier}/{device.Identifier.Address} has two entries");
        }
        return file;
    }

    private void ClearProtocolAdditions()
    {
        _specifiers.Clear();
        _models.Clear();
    }
}
