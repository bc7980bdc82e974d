using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SgdSim.Calibration;
using SgdSim.Simulation;

namespace SgdSim.Benchmarks;

/// <summary>
/// The simulator's replay loop on the calibrated model of the generated ResNet-50-sized trace (see
/// <see cref="ReplayInputs"/>): one <see cref="ClusterSimulation"/> run per invocation, on one core. Runs are
/// short, so BenchmarkDotNet's usual throughput strategy sizes the iterations and warms the JIT up.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReplayConfig))]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class ReplayBenchmarks
{
    /// <summary>Steps per worker of one replay.</summary>
    public const int Steps = 50;

    private JobModel _model = null!;

    /// <summary>Workers of the simulated cluster.</summary>
    [Params(1, 16, 64)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void SetUp() => _model = ReplayInputs.Model(Console.Out);

    /// <summary>One run of <see cref="Steps"/> steps per worker; returns the events handled.</summary>
    [Benchmark]
    public long Replay() => ReplayInputs.Replay(_model, Workers, Steps).Events;
}

/// <summary>The 1–64-worker sweep through <see cref="Predictor"/>: one replica, 200 steps per worker, on all cores.</summary>
[MemoryDiagnoser]
[Config(typeof(ReplayConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class SweepBenchmarks
{
    private JobModel _model = null!;

    [GlobalSetup]
    public void SetUp() => _model = ReplayInputs.Model(Console.Out);

    /// <summary>Predicts 1, 2, …, 64 workers.</summary>
    [Benchmark]
    public int Sweep() => ReplayInputs.Sweep(_model).Count;
}

/// <summary>Adds the events per run, events per second and bytes allocated per event to the summary table.</summary>
public sealed class ReplayConfig : ManualConfig
{
    public ReplayConfig()
    {
        AddColumn(new EventsColumn(), new EventRateColumn(), new BytesPerEventColumn());
    }

    // Events of one benchmark invocation: the runs are deterministic, so the summary's process replays them once.
    private static readonly ConcurrentDictionary<string, long> EventCounts = new(StringComparer.Ordinal);

    internal static long? EventsOf(BenchmarkCase benchmarkCase)
    {
        return benchmarkCase.Descriptor.WorkloadMethod.Name switch
        {
            nameof(ReplayBenchmarks.Replay) when benchmarkCase.Parameters["Workers"] is int workers =>
                EventCounts.GetOrAdd($"replay-{workers}", _ => ReplayInputs.Replay(ReplayInputs.Model(), workers, ReplayBenchmarks.Steps).Events),
            nameof(SweepBenchmarks.Sweep) => EventCounts.GetOrAdd("sweep", _ => ReplayInputs.Sweep(ReplayInputs.Model()).Sum(p => p.Events)),
            _ => null,
        };
    }

    private static string Format(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    /// <summary>Events handled per invocation.</summary>
    public sealed class EventsColumn() : InputColumn("Events", "Simulated events handled per invocation", 0)
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) => Format(EventsOf(benchmarkCase), "N0");
    }

    /// <summary>Events per second of wall time.</summary>
    public sealed class EventRateColumn() : InputColumn("M events/s", "Events / mean time, millions per second (goal for one replay: >= 10)", 1)
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            Format(EventsOf(benchmarkCase) / (summary[benchmarkCase]?.ResultStatistics?.Mean / 1e9) / 1e6, "0.00");
    }

    /// <summary>Bytes allocated per event, the per-run setup included.</summary>
    public sealed class BytesPerEventColumn() : InputColumn("B/event", "Allocated bytes / events, the per-run arrays included (steady state: --measure --only replay)", 2)
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            Format(summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) / (double?)EventsOf(benchmarkCase), "0.000");
    }
}
