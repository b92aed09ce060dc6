using System.Diagnostics;
using System.Text;
using Tmds.DBus.Protocol;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Mock;

/// <summary>
/// A mock BlueZ on a private system bus, for tests of anything that speaks BlueZ: a private
/// <c>dbus-daemon</c>, python-dbusmock's <c>bluez5</c> template, and our GATT extension
/// (<c>bluez_gatt.py</c>, next to this file). Needs the Debian packages <c>dbus</c> and
/// <c>python3-dbusmock</c>; starting throws a clear error when they are missing.
/// <para>Reuse from another test project: import <c>BluezMock.props</c>, then point the code under
/// test at <see cref="BusAddress"/> (e.g. configuration <c>BluetoothLE:BusAddress</c>).</para>
/// </summary>
public sealed class BluezMock : IAsyncDisposable
{
    /// <summary>The interpreter with the system's <c>dbus</c> Python module (a pyenv python3 lacks it).</summary>
    public const string Python = "/usr/bin/python3";

    private const string BlueZ = "org.bluez";
    private const string MockInterface = "org.freedesktop.DBus.Mock";
    private const string BluezMockInterface = "org.bluez.Mock";
    private const string GattMockInterface = "org.bluez.GattMock";

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly bool _ownsBus;

    private BluezMock(PrivateBusDaemon bus, bool ownsBus, Process process, StringBuilder output, DBusConnection control)
    {
        Bus = bus;
        _ownsBus = ownsBus;
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

    /// <summary>
    /// Starts the mock (on <paramref name="bus"/>, or on a bus of its own) and waits until <c>org.bluez</c> is on the bus.
    /// A bus passed in outlives the mock: BlueZ can be stopped and started again on it.
    /// </summary>
    /// <exception cref="InvalidOperationException">A required package is missing or the mock does not start.</exception>
    public static async Task<BluezMock> StartAsync(string? templatePath = null, PrivateBusDaemon? bus = null, CancellationToken cancellationToken = default)
    {
        templatePath ??= DefaultTemplatePath;
        if (!File.Exists(templatePath))
            throw new InvalidOperationException($"GATT mock template not found at {templatePath}.");
        if (!File.Exists(Python))
            throw new InvalidOperationException($"{Python} not found: install python3 and python3-dbusmock (apt-get install -y python3-dbusmock).");

        var ownsBus = bus is null;
        bus ??= await PrivateBusDaemon.StartAsync("system", cancellationToken);
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

            control = new DBusConnection(bus.Address);
            await control.ConnectAsync();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!await MockBus.NameHasOwnerAsync(control, BlueZ))
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
            await MockBus.CallAsync(control, BlueZ, "/", MockInterface, "AddTemplate", "sa{sv}", (ref MessageWriter w) =>
            {
                w.WriteString(templatePath);
                w.WriteDictionary(new Dictionary<string, VariantValue>());
            });
            return new BluezMock(bus, ownsBus, process, output, control);
        }
        catch
        {
            control?.Dispose();
            Stop(process);
            if (ownsBus)
                await bus.DisposeAsync();
            throw;
        }
    }

    /// <summary>Adds an adapter (powered on) named e.g. <c>hci0</c>; returns its path.</summary>
    public Task<string> AddAdapterAsync(string name = "hci0", string alias = "test-host") =>
        MockBus.CallAsync(Control, BlueZ, "/", BluezMockInterface, "AddAdapter", MockBus.ReadString, "ss", (ref MessageWriter w) =>
        {
            w.WriteString(name);
            w.WriteString(alias);
        });

    /// <summary>Turns an adapter on or off (signals the change of Powered).</summary>
    public Task SetAdapterPoweredAsync(string name, bool powered) =>
        MockBus.CallAsync(Control, BlueZ, "/org/bluez/" + name, MockInterface, "UpdateProperties", "sa{sv}", (ref MessageWriter w) =>
        {
            w.WriteString("org.bluez.Adapter1");
            w.WriteDictionary(new Dictionary<string, VariantValue> { ["Powered"] = VariantValue.Bool(powered) });
        });

    /// <summary>Removes an adapter (InterfacesRemoved), as when a USB dongle is pulled.</summary>
    public Task RemoveAdapterAsync(string name = "hci0") =>
        MockBus.CallAsync(Control, BlueZ, "/", BluezMockInterface, "RemoveAdapter", "s", (ref MessageWriter w) => w.WriteString(name));

    /// <summary>The discovery filter the adapter was last given (empty if none), as plain values.</summary>
    public async Task<IReadOnlyDictionary<string, object>> GetDiscoveryFilterAsync(string adapter = "hci0")
    {
        var value = await MockBus.GetPropertyAsync(Control, BlueZ, "/org/bluez/" + adapter, "org.bluez.Adapter1", "DiscoveryFilter");
        while (value.Type == VariantValueType.Variant)
            value = value.GetVariantValue();
        var result = new Dictionary<string, object>();
        if (value.Type != VariantValueType.Dictionary)
            return result;
        for (var i = 0; i < value.Count; i++)
        {
            var (key, item) = value.GetDictionaryEntry(i);
            result[key.GetString()] = MockBus.Plain(item);
        }
        return result;
    }

    /// <summary>Whether the adapter is discovering.</summary>
    public async Task<bool> IsDiscoveringAsync(string adapter = "hci0") =>
        MockBus.Plain(await MockBus.GetPropertyAsync(Control, BlueZ, "/org/bluez/" + adapter, "org.bluez.Adapter1", "Discovering")) is true;

    /// <summary>Adds an advertising LE device.</summary>
    public async Task<MockDevice> AddDeviceAsync(string address, string name, IEnumerable<Guid>? advertisedServices = null,
        IReadOnlyDictionary<ushort, byte[]>? manufacturerData = null, short rssi = -60, string adapter = "hci0")
    {
        var uuids = (advertisedServices ?? []).Select(g => g.ToString("D")).ToArray();
        var data = manufacturerData ?? new Dictionary<ushort, byte[]>();
        var path = await MockBus.CallAsync(Control, BlueZ, "/", GattMockInterface, "AddLeDevice", MockBus.ReadPath, "sssasa{qay}n", (ref MessageWriter w) =>
        {
            w.WriteString(adapter);
            w.WriteString(address);
            w.WriteString(name);
            w.WriteArray(uuids);
            var start = w.WriteDictionaryStart();
            foreach (var (company, bytes) in data)
            {
                w.WriteDictionaryEntryStart();
                w.WriteUInt16(company);
                w.WriteArray(bytes);
            }
            w.WriteDictionaryEnd(start);
            w.WriteInt16(rssi);
        });
        return new MockDevice(this, path);
    }

    /// <summary>Calls a method of the GATT mock (<c>org.bluez.GattMock</c>).</summary>
    internal Task GattMockAsync(string method, string signature, MockArguments arguments) =>
        MockBus.CallAsync(Control, BlueZ, "/", GattMockInterface, method, signature, arguments);

    /// <summary>Calls a method of the GATT mock that returns an object path.</summary>
    internal Task<string> GattMockPathAsync(string method, string signature, MockArguments arguments) =>
        MockBus.CallAsync(Control, BlueZ, "/", GattMockInterface, method, MockBus.ReadPath, signature, arguments);

    /// <summary>Calls a method of the GATT mock and reads the reply.</summary>
    internal Task<T> GattMockAsync<T>(string method, string signature, MockArguments arguments, MessageValueReader<T> reader) =>
        MockBus.CallAsync(Control, BlueZ, "/", GattMockInterface, method, reader, signature, arguments);

    /// <summary>Stops the mock, and the bus when it is the mock's own.</summary>
    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        Stop(_process);
        if (_ownsBus)
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
