namespace ButtplugHost.Tests.Infrastructure;

/// <summary>Where things are in the repository and its build output.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The runnable server, with the built-in plugins in plugins/ beside it.</summary>
    public static string HostDll => Path.Combine(Root, "artifacts", "host", "ButtplugHost.dll");

    public static string BuiltInPlugins => Path.Combine(Root, "artifacts", "host", "plugins");

    /// <summary>Plugins only the tests load (the test device protocol).</summary>
    public static string TestPlugins => Path.Combine(Root, "artifacts", "test-plugins");

    public static string NodeClientDir => Path.Combine(Root, "tests", "node");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ButtplugHost.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ButtplugHost.sln not found above " + AppContext.BaseDirectory);
    }
}
