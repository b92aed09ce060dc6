namespace ButtplugHost.Protocol;

/// <summary>
/// How legacy 0.0–1.0 values become integer steps, as the reference server does it: scalar outputs
/// round up (ceil(N·x), with values under 1e-6 treated as 0), linear positions round down. A value
/// outside 0.0–1.0 is ERROR_DEVICE, as every out-of-range value is (the spec: "bad value").
/// </summary>
internal static class StepRounding
{
    public static int Scalar(double x, int steps, string where)
    {
        CheckUnit(x, where);
        return x < 0.000001 ? 0 : (int)Math.Ceiling(steps * x);
    }

    /// <summary>Position outputs driven by a scalar: ceil(N·x) with no near-zero cut-off.</summary>
    public static int Position(double x, int steps, string where)
    {
        CheckUnit(x, where);
        return (int)Math.Ceiling(steps * x);
    }

    public static int Linear(double x, int steps, string where)
    {
        CheckUnit(x, where);
        return (int)Math.Truncate(steps * x);
    }

    private static void CheckUnit(double x, string where)
    {
        if (double.IsNaN(x) || x < 0 || x > 1)
            throw ButtplugError.Device($"{where} must be between 0.0 and 1.0; got {x}.");
    }
}
