using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices.UserConfig;

/// <summary>What a client sees of a device once the user's settings are applied, and how its values reach the device.</summary>
/// <param name="Features">Features as clients see them: limited ranges, disabled outputs removed.</param>
/// <param name="Map">Turns client values into device values.</param>
/// <param name="Problems">Settings that could not be applied (logged by the caller).</param>
internal sealed record DeviceCustomization(IReadOnlyList<FeatureDefinition> Features, DeviceOutputMap Map, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// Applies a device entry's feature settings to the model's features. The entry lists one feature
    /// per model feature in index order (as the reference writes it); a count that differs is reported
    /// and the features are left as the model has them.
    /// </summary>
    public static DeviceCustomization Build(IReadOnlyList<FeatureDefinition> modelFeatures, UserDeviceSettings? settings)
    {
        var ordered = modelFeatures.OrderBy(f => f.Index).ToList();
        var problems = new List<string>();
        if (settings is null || settings.Features.Count == 0)
            return new(ordered, DeviceOutputMap.None, problems);
        if (settings.Features.Count != ordered.Count)
        {
            problems.Add($"its entry lists {settings.Features.Count} features but the model has {ordered.Count}; feature settings ignored");
            return new(ordered, DeviceOutputMap.None, problems);
        }
        var limits = new Dictionary<(int, OutputType), OutputLimit>();
        var features = new List<FeatureDefinition>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var model = ordered[i];
            var user = settings.Features[i].Output;
            if (model.Output is null || user is null)
            {
                features.Add(model);
                continue;
            }
            var outputs = new Dictionary<OutputType, OutputProperties>();
            foreach (var (type, properties) in model.Output)
            {
                if (!user.TryGetValue(type, out var setting))
                {
                    outputs[type] = properties;
                    continue;
                }
                if (setting.Disabled)
                    continue;
                var limit = LimitFor(type, properties, setting, model.Index, problems);
                if (limit is null)
                {
                    outputs[type] = properties;
                    continue;
                }
                limits[(model.Index, type)] = limit;
                outputs[type] = new OutputProperties
                {
                    Value = limit.ClientRange(properties.Value),
                    Duration = limit.Duration is { } d ? new ValueRange(0, d.Max - d.Min) : properties.Duration,
                };
            }
            features.Add(new FeatureDefinition { Index = model.Index, Description = model.Description, Output = outputs.Count > 0 ? outputs : null, Input = model.Input });
        }
        return new(features, new DeviceOutputMap(limits), problems);
    }

    // A limit must lie within [0, max] of the output's range, as the reference requires.
    private static OutputLimit? LimitFor(OutputType type, OutputProperties properties, UserOutputSettings setting, int feature, List<string> problems)
    {
        var max = properties.Value.Max;
        var value = setting.Value ?? new ValueRange(0, max);
        if (value.Min < 0 || value.Max > max)
        {
            problems.Add($"feature {feature} {type}: limit {value} is outside [0, {max}]; not limited");
            return null;
        }
        ValueRange? duration = null;
        if (setting.Duration is { } d && properties.Duration is { } baseDuration)
        {
            if (d.Min < 0 || d.Max > baseDuration.Max)
                problems.Add($"feature {feature} {type}: duration limit {d} is outside [0, {baseDuration.Max}]; not limited");
            else
                duration = d;
        }
        var reverse = setting.Reverse == true && type is OutputType.Position or OutputType.HwPositionWithDuration;
        if (setting.Value is null && duration is null && !reverse)
            return null;
        return new OutputLimit(value.Min, value.Max, reverse, duration);
    }
}
