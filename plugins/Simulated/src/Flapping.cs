using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>
/// Plays a flapping device (<see cref="SimulatedDeviceOptions.FlapAfterMs"/>): drops each connection
/// after the period, then advertises every period until it is connected again or stops being declared.
/// </summary>
internal static class Flapping
{
    public static void Start(MemoryHardware hardware, TimeSpan period, Func<bool> stillDeclared, Func<bool> connected, Action advertise, CancellationToken stopping)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(period, stopping);
                await hardware.DisconnectAsync();
                while (!stopping.IsCancellationRequested && stillDeclared() && !connected())
                {
                    advertise();
                    await Task.Delay(period, stopping);
                }
            }
            catch (OperationCanceledException)
            {
                // The transport stopped.
            }
        }, CancellationToken.None);
    }
}
