using System.Runtime.InteropServices;
using ButtplugHost.Devices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Server.Security;

/// <summary>
/// However the process ends, the toys stop first. SIGHUP (terminal closed; on Windows it is the
/// console window closing), SIGQUIT, SIGTERM and SIGINT stop every device at once, then shut the host
/// down gracefully (clients get close 1001). An unhandled exception on any thread stops every device
/// before the runtime ends the process.
/// </summary>
internal sealed class StopDevicesOnExit(DeviceManager devices, IHostApplicationLifetime lifetime, ILogger<StopDevicesOnExit> logger) : IHostedService, IDisposable
{
    // Windows ends the process about 5 s after a console close; the stop must fit well inside.
    private static readonly TimeSpan StopBudget = TimeSpan.FromSeconds(3);
    private readonly List<PosixSignalRegistration> _signals = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var signal in new[] { PosixSignal.SIGHUP, PosixSignal.SIGQUIT, PosixSignal.SIGTERM, PosixSignal.SIGINT })
        {
            try
            {
                _signals.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every platform has every signal.
            }
        }
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
        return Task.CompletedTask;
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // we end the process ourselves, after the stop
        logger.LogInformation("Received {Signal}: stopping every device, then shutting down", context.Signal);
        StopDevices();
        lifetime.StopApplication();
    }

    private void OnUnhandledException(object sender, UnhandledExceptionEventArgs e)
    {
        // The logger may not flush before the process dies: say it on stderr too.
        Console.Error.WriteLine($"Fatal: unhandled exception ({(e.ExceptionObject as Exception)?.GetType().Name}); stopping every device before exiting.");
        logger.LogCritical(e.ExceptionObject as Exception, "Unhandled exception: stopping every device before the process ends");
        StopDevices();
        Console.Error.WriteLine("Every device stopped.");
    }

    private void StopDevices()
    {
        try
        {
            if (!devices.StopAllAsync().Wait(StopBudget))
                logger.LogError("Some devices did not confirm their stop within {Budget}", StopBudget);
        }
        catch (Exception e)
        {
            logger.LogError("Stopping the devices failed: {Error}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        foreach (var registration in _signals)
            registration.Dispose();
    }
}
