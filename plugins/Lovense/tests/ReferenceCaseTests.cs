using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using static ButtplugHost.Plugins.Lovense.Tests.LovenseTestDevice;

namespace ButtplugHost.Plugins.Lovense.Tests;

/// <summary>
/// The reference server's device test cases (test_lovense_*.yaml), byte for byte. Legacy float values
/// are converted as the host does: ceil(steps × value), rotation negative when not clockwise. The host
/// passes only outputs whose value changed, so repeated values are left out of later steps.
/// </summary>
public class ReferenceCaseTests
{
    private static async Task<ProtocolTestDevice> ConnectAsync(string deviceTypeReply, string expectedName)
    {
        var toy = await LovenseTestDevice.ConnectAsync(deviceTypeReply);
        Assert.Equal(expectedName, toy.Model.Name);
        Assert.Equal(
            [
                (HardwareOperationKind.Subscribe, Endpoints.Rx, ""),
                (HardwareOperationKind.Write, Endpoints.Tx, "DeviceType;"),
                (HardwareOperationKind.Notify, Endpoints.Rx, deviceTypeReply),
            ],
            toy.Hardware.Operations.Select(o => (o.Kind, o.Endpoint, Encoding.UTF8.GetString(o.Data ?? []))));
        return toy;
    }

    [Fact]
    public async Task Single_vibrator()
    {
        await using var toy = await ConnectAsync("Z:11:0082059AD3BD;", "Lovense Hush");
        Assert.Equal(Tx("Vibrate:10;"), toy.Outputs(Vibrate(0, 10)));
        Assert.Equal(Tx("Vibrate:0;"), toy.Stop());
    }

    [Fact]
    public async Task Edge()
    {
        await using var toy = await ConnectAsync("P:02:0082059AD3BD;", "Lovense Edge");
        Assert.Equal(Tx("Vibrate1:5;"), toy.Outputs(Vibrate(0, 5)));
        // Both motors at the same value still get one command each.
        Assert.Equal(Tx("Vibrate1:10;", "Vibrate2:10;"), toy.Outputs(Vibrate(0, 10), Vibrate(1, 10)));
        Assert.Equal(Tx("Vibrate2:15;"), toy.Outputs(Vibrate(1, 15)));
        Assert.Equal(Tx("Vibrate1:0;", "Vibrate2:0;"), toy.Stop());
    }

    [Fact]
    public async Task Flexer_firmware_2_is_a_single_vibrator()
    {
        await using var toy = await ConnectAsync("EI:02:0082059AD3BD;", "Lovense Flexer (Firmware update needed)");
        Assert.Equal(Tx("Vibrate:10;"), toy.Outputs(Vibrate(0, 10)));
        Assert.Equal(Tx("Vibrate:0;"), toy.Stop());
    }

    [Fact]
    public async Task Flexer_firmware_3_uses_mply()
    {
        await using var toy = await ConnectAsync("EI:03:0082059AD3BD;", "Lovense Flexer");
        Assert.Equal(Tx("Mply:10:10:0;"), toy.Outputs(Vibrate(0, 10), Vibrate(1, 10)));
        Assert.Equal(Tx("Mply:15:10:5;"), toy.Outputs(Vibrate(0, 15), Rotate(2, 5)));
        Assert.Equal(Tx("Mply:0:0:0;"), toy.Stop());
    }

    [Fact]
    public async Task Max()
    {
        await using var toy = await ConnectAsync("B:11:0082059AD3BD;", "Lovense Max");
        Assert.Equal(Tx("Vibrate:10;"), toy.Outputs(Vibrate(0, 10)));
        Assert.Equal(Tx("Vibrate:0;", "Air:Level:0;"), toy.Stop());
        // Constrict 0.5 of 3 steps: ceil(1.5) = 2.
        Assert.Equal(Tx("Air:Level:2;"), toy.Outputs(Constrict(1, 2)));
    }

    [Fact]
    public async Task Nora()
    {
        await using var toy = await ConnectAsync("A:11:0082059AD3BD;", "Lovense Nora");
        Assert.Equal(Tx("Vibrate:10;"), toy.Outputs(Vibrate(0, 10)));
        Assert.Equal(Tx("RotateChange;", "Rotate:20;"), toy.Outputs(Rotate(1, -20)));
        Assert.Equal(Tx("Vibrate:0;", "Rotate:0;"), toy.Stop());
        Assert.Equal(Tx("RotateChange;", "Rotate:10;"), toy.Outputs(Rotate(1, -10)));
    }

    [Fact]
    public async Task Osci_3()
    {
        await using var toy = await ConnectAsync("OC:252:0082059AD3BD;", "Lovense Osci 3");
        Assert.Equal(Tx("Vibrate1:10;", "Vibrate2:10;"), toy.Outputs(Vibrate(0, 10), Vibrate(1, 10)));
        Assert.Equal(Tx("Vibrate1:15;"), toy.Outputs(Vibrate(0, 15)));
        Assert.Equal(Tx("Vibrate1:0;", "Vibrate2:0;"), toy.Stop());
    }

    // test_lovense_ridge.yaml and test_lovense_ridge_user_config.yaml: type F is the Sex Machine.
    [Fact]
    public async Task Sex_machine_oscillation_is_vibrate()
    {
        await using var toy = await ConnectAsync("F:11:0082059AD3BD;", "Lovense Sex Machine");
        Assert.Equal(Tx("Vibrate:10;"), toy.Outputs(Oscillate(0, 10)));
        Assert.Equal(Tx("Vibrate:0;"), toy.Stop());
    }

    [Fact]
    public async Task Solace()
    {
        await using var toy = await ConnectAsync("H:252:0082059AD3BD;", "Lovense Solace");
        Assert.Equal(Tx("Mply:10:20;"), toy.Outputs(Oscillate(0, 10)));
        Assert.Equal(Tx("Mply:15:20;"), toy.Outputs(Oscillate(0, 15)));
        Assert.Equal(Tx("Mply:0:0;"), toy.Stop());
    }

    [Fact]
    public async Task Spinel()
    {
        await using var toy = await ConnectAsync("WD:252:0082059AD3BD;", "Lovense Spinel");
        Assert.Equal(Tx("Vibrate1:10;", "Vibrate2:10;"), toy.Outputs(Vibrate(0, 10), Oscillate(1, 10)));
        Assert.Equal(Tx("Vibrate1:15;"), toy.Outputs(Vibrate(0, 15)));
        Assert.Equal(Tx("Vibrate1:0;", "Vibrate2:0;"), toy.Stop());
    }
}
