using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace ButtplugHost.Sdk.Testing;

/// <summary>
/// A configuration with no keys, whose every section is empty too, so plugins reading their section
/// get their defaults. (The SDK references only the configuration abstractions, not a builder.)
/// </summary>
internal sealed class EmptyConfiguration : IConfigurationSection
{
    public static readonly EmptyConfiguration Instance = new("", "");

    private EmptyConfiguration(string key, string path)
    {
        Key = key;
        Path = path;
    }

    public string? this[string key] { get => null; set => throw new NotSupportedException("The empty configuration is read-only."); }

    public string Key { get; }

    public string Path { get; }

    public string? Value { get => null; set => throw new NotSupportedException("The empty configuration is read-only."); }

    public IEnumerable<IConfigurationSection> GetChildren() => [];

    public IChangeToken GetReloadToken() => NeverChanges.Instance;

    public IConfigurationSection GetSection(string key) =>
        new EmptyConfiguration(key.Split(ConfigurationPath.KeyDelimiter)[^1], Path.Length == 0 ? key : ConfigurationPath.Combine(Path, key));

    private sealed class NeverChanges : IChangeToken
    {
        public static readonly NeverChanges Instance = new();

        public bool HasChanged => false;

        public bool ActiveChangeCallbacks => false;

        public IDisposable RegisterChangeCallback(Action<object?> callback, object? state) => NoRegistration.Instance;
    }

    private sealed class NoRegistration : IDisposable
    {
        public static readonly NoRegistration Instance = new();

        public void Dispose() { }
    }
}
