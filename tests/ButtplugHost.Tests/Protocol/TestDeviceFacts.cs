namespace ButtplugHost.Tests.Protocol;

/// <summary>What the test protocol (tests/TestPlugins/TestDevice) writes and describes.</summary>
internal static class TestDeviceFacts
{
    /// <summary>The stop of the full test device: every output with a resting value at 0, by feature then type.</summary>
    public static readonly string[] StopWrites =
        ["F0:Vibrate:0;", "F1:Vibrate:0;", "F2:Rotate:0;", "F4:Oscillate:0;", "F6:Constrict:0;", "F6:Temperature:0;", "F6:Led:0;"];

    /// <summary>Battery (feature 5) reads 85, RSSI (feature 7) reads -60.</summary>
    public static readonly (string When, string Reply)[] Sensors = [("I5;", "I5:85;"), ("I7;", "I7:-60;")];

    /// <summary>The v4 feature map of the full test device.</summary>
    public static readonly string V4Features = J(
        "{'0':{'FeatureIndex':0,'FeatureDescription':'Vibrator 1','FeatureDescriptor':'Vibrator 1','Output':{'Vibrate':{'Value':[0,20]}}}," +
        "'1':{'FeatureIndex':1,'FeatureDescription':'Vibrator 2','FeatureDescriptor':'Vibrator 2','Output':{'Vibrate':{'Value':[0,10]}}}," +
        "'2':{'FeatureIndex':2,'FeatureDescription':'Rotator','FeatureDescriptor':'Rotator','Output':{'Rotate':{'Value':[-20,20]}}}," +
        "'3':{'FeatureIndex':3,'FeatureDescription':'Stroker','FeatureDescriptor':'Stroker','Output':{'Position':{'Value':[0,100]},'HwPositionWithDuration':{'Value':[0,100],'Duration':[0,10000]}}}," +
        "'4':{'FeatureIndex':4,'FeatureDescription':'Oscillator','FeatureDescriptor':'Oscillator','Output':{'Oscillate':{'Value':[0,10]}}}," +
        "'5':{'FeatureIndex':5,'FeatureDescription':'Battery','FeatureDescriptor':'Battery','Input':{'Battery':{'Value':[[0,100]],'Command':['Read','Subscribe']}}}," +
        "'6':{'FeatureIndex':6,'FeatureDescription':'Pump','FeatureDescriptor':'Pump','Output':{'Constrict':{'Value':[0,5]},'Temperature':{'Value':[-5,5]},'Led':{'Value':[0,3]},'Spray':{'Value':[0,2]}}}," +
        "'7':{'FeatureIndex':7,'FeatureDescription':'Signal','FeatureDescriptor':'Signal','Input':{'Rssi':{'Value':[[-100,0]],'Command':['Read']},'Button':{'Value':[[0,1]],'Command':['Subscribe']}}}}");

    /// <summary>The v3 DeviceMessages of the full test device (spec v3 actuator and sensor types only).</summary>
    public static readonly string V3Messages = J(
        "{'ScalarCmd':[{'FeatureDescriptor':'Vibrator 1','ActuatorType':'Vibrate','StepCount':20}," +
        "{'FeatureDescriptor':'Vibrator 2','ActuatorType':'Vibrate','StepCount':10}," +
        "{'FeatureDescriptor':'Rotator','ActuatorType':'Rotate','StepCount':20}," +
        "{'FeatureDescriptor':'Stroker','ActuatorType':'Position','StepCount':100}," +
        "{'FeatureDescriptor':'Oscillator','ActuatorType':'Oscillate','StepCount':10}," +
        "{'FeatureDescriptor':'Pump','ActuatorType':'Constrict','StepCount':5}]," +
        "'RotateCmd':[{'FeatureDescriptor':'Rotator','ActuatorType':'Rotate','StepCount':20}]," +
        "'LinearCmd':[{'FeatureDescriptor':'Stroker','ActuatorType':'Position','StepCount':100}]," +
        "'SensorReadCmd':[{'FeatureDescriptor':'Battery','SensorType':'Battery','SensorRange':[[0,100]]}," +
        "{'FeatureDescriptor':'Signal','SensorType':'RSSI','SensorRange':[[-100,0]]}]," +
        "'SensorSubscribeCmd':[{'FeatureDescriptor':'Battery','SensorType':'Battery','SensorRange':[[0,100]]}," +
        "{'FeatureDescriptor':'Signal','SensorType':'Button','SensorRange':[[0,1]]}]," +
        "'StopDeviceCmd':{}}");

    public static readonly string V2Messages = J(
        "{'VibrateCmd':{'FeatureCount':2,'StepCount':[20,10]},'RotateCmd':{'FeatureCount':1,'StepCount':[20]}," +
        "'LinearCmd':{'FeatureCount':1,'StepCount':[100]},'BatteryLevelCmd':{},'RSSILevelCmd':{},'StopDeviceCmd':{}}");

    public static readonly string V1Messages = J(
        "{'VibrateCmd':{'FeatureCount':2},'RotateCmd':{'FeatureCount':1},'LinearCmd':{'FeatureCount':1}," +
        "'SingleMotorVibrateCmd':{},'FleshlightLaunchFW12Cmd':{},'VorzeA10CycloneCmd':{},'KiirooCmd':{},'StopDeviceCmd':{}}");

    public static readonly string V0Messages = J(
        "['FleshlightLaunchFW12Cmd','KiirooCmd','SingleMotorVibrateCmd','StopDeviceCmd','VorzeA10CycloneCmd']");

    /// <summary>JSON written with single quotes (easier to read in C#) as real JSON.</summary>
    public static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    /// <summary>The Fleshlight Launch duration rule (distance and speed as 0–1 fractions), as the reference computes it.</summary>
    public static uint LaunchDuration(double distance, double speed) =>
        (uint)(Math.Pow(speed / 250, -0.95) / (90 / (distance * 100)));
}

/// <summary>Fills <c>@0</c>, <c>@1</c>… in a JSON template (raw strings full of braces interpolate badly).</summary>
internal static class TemplateExtensions
{
    public static string F(this string template, params object[] values)
    {
        for (var i = values.Length - 1; i >= 0; i--)
            template = template.Replace("@" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(values[i], System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return template;
    }
}
