using System.Diagnostics;
using System.Text;
using ButtplugHost.DBus;
using ButtplugHost.DBus.Testing;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Mock;

/// <summary>
/// A mock BlueZ on a private system bus, for tests of anything that speaks BlueZ: a private
/// <c>dbus-daemon</c>, python-dbusmock's <c>bluez5</c> template, and our GATT extension
/// (<c>bluez_gatt.py</c>, next to this file). Needs the Debian packages <c>dbus</c> and
/// <c>python3-dbusmock</c>; starting throws a clear error when they are missing.
/// <para>Reuse from another test project: include this folder's <c>*.cs</c> and copy <c>bluez_gatt.py</c>
/// to the output's <c>mock/</c> folder (or pass its path to <see cref="StartAsync"/>), then point the code under
/// test at <see cref="BusAddress"/> (e.g. configuration <c>BluetoothLE:BusAddress</c>).</para>
/// </summary>
public sealed class BluezMock : IAsyncDisposable
{
    /// <summary>The interpreter with the system's <c>dbus</c> Python module (a pyenv python3 lacks it).</summary>
    public const string Python = "/usr/bin/python3";

    private const string MockInterface = "org.freedesktop.DBus.Mock";
    private const string BluezMockInterface = "org.bluez.Mock";
    private const string GattMockInterface = "org.bluez.GattMock";

    private readonly Process _process;
    private readonly StringBuilder _output;

    private BluezMock(PrivateBusDaemon bus, Process process, StringBuilder output, DBusConnection control)
    {
        Bus = bus;
        _process = process;
        _output = output;
        Control = control;
    }

    /// <summary>The private bus (its <see cref="PrivateBusDaemon.Address"/> is the system bus of the test).</summary>
    public PrivateBusDaemon Bus { get; }

    /// <summary>Address of the private system bus.</summary>
    public string BusAddress => Bus.Address;

    /// <summary>The connection that drives the mock.</summary>
    public DBusConnection Control { get; }

    /// <summary>What the mock printed so far (its method-call log and errors), for failure messages.</summary>
    public string Log { get { lock (_output) return _output.ToString(); } }

    /// <summary>Where <c>bluez_gatt.py</c> is by default: <c>mock/</c> beside the test assembly.</summary>
    public static string DefaultTemplatePath => Path.Combine(AppContext.BaseDirectory, "mock", "bluez_gatt.py");

    /// <summary>Starts the bus and the mock, and waits until <c>org.bluez</c> is on the bus.</summary>
    /// <exception cref="InvalidOperationException">A required package is missing or the mock does not start.</exception>
    public static async Task<BluezMock> StartAsync(string? templatePath = null, CancellationToken cancellationToken = default)
    {
        templatePath ??= DefaultTemplatePath;
        if (!File.Exists(templatePath))
            throw new InvalidOperationException($"GATT mock template not found at {templatePath}.");
        if (!File.Exists(Python))
            throw new InvalidOperationException($"{Python} not found: install python3 and python3-dbusmock (apt-get install -y python3-dbusmock).");

        var bus = await PrivateBusDaemon.StartAsync("system", cancellationToken);
        var output = new StringBuilder();
        Process? process = null;
        DBusConnection? control = null;
        try
        {
            var start = new ProcessStartInfo(Python, ["-m", "dbusmock", "--system", "-t", "bluez5"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["DBUS_SYSTEM_BUS_ADDRESS"] = bus.Address;
            process = Process.Start(start) ?? throw new InvalidOperationException("python-dbusmock did not start.");
            process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            control = await DBusConnection.ConnectAsync(bus.Address, cancellationToken);
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!await control.NameHasOwnerAsync("org.bluez", cancellationToken))
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    string log;
                    lock (output) log = output.ToString();
                    throw new InvalidOperationException(
                        $"python-dbusmock (bluez5) did not come up on the private bus; is python3-dbusmock installed (apt-get install -y python3-dbusmock)? Output:\n{log}");
                }
                await Task.Delay(25, cancellationToken);
            }
            await control.CallMethodAsync("org.bluez", ObjectPath.Root, MockInterface, "AddTemplate", "sa{sv}",
                [templatePath, new Dictionary<string, Variant>()], cancellationToken);
            return new BluezMock(bus, process, output, control);
        }
        catch
        {
            if (control is not null)
                await control.DisposeAsync();
            Stop(process);
            await bus.DisposeAsync();
            throw;
        }
    }

    /// <summary>Adds an adapter (powered on) named e.g. <c>hci0</c>; returns its path.</summary>
    public async Task<ObjectPath> AddAdapterAsync(string name = "hci0", string alias = "test-host")
    {
        var reply = await Control.CallMethodAsync("org.bluez", ObjectPath.Root, BluezMockInterface, "AddAdapter", "ss", [name, alias]);
        return new ObjectPath((string)reply[0]);
    }

    /// <summary>Turns an adapter on or off (signals the change of Powered).</summary>
    public Task SetAdapterPoweredAsync(string name, bool powered) =>
        Control.CallMethodAsync("org.bluez", "/org/bluez/" + name, MockInterface, "UpdateProperties", "sa{sv}",
            ["org.bluez.Adapter1", new Dictionary<string, Variant> { ["Powered"] = new("b", powered) }]);

    /// <summary>The discovery filter the adapter was last given (empty if none).</summary>
    public async Task<IReadOnlyDictionary<string, Variant>> GetDiscoveryFilterAsync(string adapter = "hci0")
    {
        var value = await Control.GetPropertyAsync("org.bluez", "/org/bluez/" + adapter, "org.bluez.Adapter1", "DiscoveryFilter");
        return value.Value is Dictionary<object, object> ? DBusValues.ToPropertyMap(value.Value) : new Dictionary<string, Variant>();
    }

    /// <summary>Whether the adapter is discovering.</summary>
    public async Task<bool> IsDiscoveringAsync(string adapter = "hci0") =>
        (await Control.GetPropertyAsync("org.bluez", "/org/bluez/" + adapter, "org.bluez.Adapter1", "Discovering")).Value is true;

    /// <summary>Adds an advertising LE device.</summary>
    public async Task<MockDevice> AddDeviceAsync(string address, string name, IEnumerable<Guid>? advertisedServices = null,
        IReadOnlyDictionary<ushort, byte[]>? manufacturerData = null, short rssi = -60, string adapter = "hci0")
    {
        var reply = await Control.CallMethodAsync("org.bluez", ObjectPath.Root, GattMockInterface, "AddLeDevice", "sssasa{qay}n",
            [adapter, address, name, (advertisedServices ?? []).Select(g => g.ToString("D")).ToArray(),
             (manufacturerData ?? new Dictionary<ushort, byte[]>()).ToDictionary(kv => kv.Key, kv => kv.Value), rssi]);
        return new MockDevice(this, (ObjectPath)reply[0]);
    }

    internal Task<object[]> GattMockAsync(string method, Signature signature, params object[] args) =>
        Control.CallMethodAsync("org.bluez", ObjectPath.Root, GattMockInterface, method, signature, args);

    /// <summary>Stops the mock and the bus.</summary>
    public async ValueTask DisposeAsync()
    {
        await Control.DisposeAsync();
        Stop(_process);
        await Bus.DisposeAsync();
    }

    private static void Stop(Process? process)
    {
        if (process is null)
            return;
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }
}
