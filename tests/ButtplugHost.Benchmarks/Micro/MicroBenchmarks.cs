using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Perfolizer.Horology;

namespace ButtplugHost.Benchmarks.Micro;

/// <summary>
/// <c>--micro [filter]</c>: the BenchmarkDotNet micro-benchmarks (<see cref="HotPathBenchmarks"/>), in
/// this process (no generated project to build), with a short job: 3 warm-up and 3 measured
/// iterations of 250 ms, so the whole suite takes a couple of minutes. The filter is a part of the
/// benchmark's name (e.g. <c>OutputCmd</c>).
/// </summary>
internal static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var job = Job.ShortRun
            .WithToolchain(InProcessNoEmitToolchain.Instance)
            .WithIterationTime(TimeInterval.FromMilliseconds(250));
        var config = DefaultConfig.Instance
            .AddJob(job)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "buttplughost-bdn"));
        if (args.Length > 0)
            config = config.AddFilter(new GlobFilter([.. args.Select(f => "*" + f + "*")]));
        var summaries = BenchmarkRunner.Run<HotPathBenchmarks>(config);
        return summaries.HasCriticalValidationErrors ? 1 : 0;
    }
}
