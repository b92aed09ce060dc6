namespace ButtplugHost.Sdk.Plugins;

/// <summary>
/// The version of this SDK. A plugin is "built against" the SDK assembly version it references;
/// the host accepts it when the majors are equal and the plugin's minor is not newer than the host's.
/// </summary>
public static class SdkVersion
{
    /// <summary>The SDK version of the running assembly (major.minor).</summary>
    public static Version Current { get; } = typeof(SdkVersion).Assembly.GetName().Version is { } v
        ? new Version(v.Major, v.Minor)
        : new Version(0, 0);

    /// <summary>True when a plugin built against <paramref name="builtAgainst"/> can run on this SDK.</summary>
    public static bool IsCompatible(Version builtAgainst) =>
        builtAgainst.Major == Current.Major && builtAgainst.Minor <= Current.Minor;
}
