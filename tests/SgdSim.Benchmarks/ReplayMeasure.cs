using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using SgdSim.Benchmarks.Inputs;
using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Traces;

namespace SgdSim.Benchmarks;

/// <summary>The calibrated model the replay benchmarks run, from the generated ResNet-50-sized trace.</summary>
internal static class ReplayInputs
{
    private static JobModel? _model;

    /// <summary>The scenario the replays run (<c>--mode</c>, <c>--policy</c>); the profiled setup by default.</summary>
    public static Scenario Scenario { get; set; } = Scenario.Default;

    public static JobModel Model(TextWriter? log = null)
    {
        if (_model is null)
        {
            var path = BenchInputs.EnsureReplayTrace(log);
            var model = Calibrator.Calibrate(TraceReader.Read(path), warmupSteps: 1);
            int Count(TaskKind kind) => model.Kinds.Count(k => k == kind);
            log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Model of {path}: {model.TaskCount:N0} tasks per step ({Count(TaskKind.Pull)} pulls, {Count(TaskKind.Push)} pushes, " +
                $"{Count(TaskKind.WorkerOp)} worker ops, {Count(TaskKind.ServerOp) + Count(TaskKind.Update)} server ops), {model.ParameterNames.Length} parameters."));
            _model = model;
        }

        return _model;
    }

    /// <summary>One replay as the benchmarks run it.</summary>
    public static SimulationResult Replay(JobModel model, int workers, int steps) =>
        new ClusterSimulation(model, new SimulationOptions(workers, steps, Scenario: Scenario)).Run();

    /// <summary>The sweep the README's goal names: 1 to 64 workers, one replica, 200 steps per worker.</summary>
    public static IReadOnlyList<Prediction> Sweep(JobModel model, int steps = 200) =>
        Predictor.Predict(model, new PredictionOptions([.. Enumerable.Range(1, 64)], Replicas: 1, Steps: steps));
}

/// <summary>
/// <c>--measure --only replay|sweep</c>: the replay loop's speed and steady-state allocation, and the time of a
/// 1–64-worker sweep, measured once in this process after a warm-up run.
/// </summary>
internal static class ReplayMeasure
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    public static void Replay(int workers, int steps)
    {
        var model = ReplayInputs.Model(Console.Out);
        Console.WriteLine($"--- replay: {workers} workers, {steps / 2} then {steps} steps per worker, after warm-up runs ...");

        // Tiered compilation moves hot methods to optimised code only after they have run for a while (100 ms
        // without new methods to compile): warm up for longer than that.
        var warmUp = Stopwatch.StartNew();
        for (var runs = 0; runs < 2 || warmUp.Elapsed < TimeSpan.FromSeconds(1.5); runs++)
        {
            ReplayInputs.Replay(model, workers, steps / 2);
        }

        var (shortRun, shortAllocated, _, _) = Timed(model, workers, steps / 2);
        var (run, allocated, wall, cpu) = Timed(model, workers, steps);

        // Allocations of Run alone (the constructor's arrays, sized by workers and steps, left out): the second run
        // differs from the first only by its extra steps, so what it allocates more is what the steady state does.
        var steadyBytesPerEvent = (double)(allocated - shortAllocated) / (run.Events - shortRun.Events);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                events         {run.Events:N0} ({run.Events / (double)(workers * steps):0} per worker step)
                wall time      {wall:0.000} s = {run.Events / wall / 1e6:0.00} M events/s
                thread CPU     {cpu:0.000} s = {run.Events / cpu / 1e6:0.00} M events/s per core  (goal >= 10)
                allocated      {allocated:N0} B by Run = {allocated / (double)run.Events:0.000} B/event (the event queue's and lists' growth, the result)
                steady state   {steadyBytesPerEvent:0.000} B/event  ({allocated - shortAllocated:N0} B more for {run.Events - shortRun.Events:N0} more events; goal 0)
                throughput     {run.ThroughputStepsPerS:R} steps/s predicted
            """));
    }

    public static void Sweep(int steps)
    {
        var model = ReplayInputs.Model(Console.Out);
        Console.WriteLine($"--- sweep: 1-64 workers, 1 replica, {steps} steps per worker, {Environment.ProcessorCount} cores ...");
        var sw = Stopwatch.StartNew();
        var first = ReplayInputs.Sweep(model, steps);
        var cold = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var second = ReplayInputs.Sweep(model, steps);
        var warm = sw.Elapsed.TotalSeconds;
        var events = second.Sum(p => p.Events);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                events         {events:N0}
                first sweep    {cold:0.000} s (JIT included)
                second sweep   {warm:0.000} s = {events / warm / 1e6:0.00} M events/s over all cores  (goal < 2 s)
                same result    {first.Select(p => p.ThroughputStepsPerS).SequenceEqual(second.Select(p => p.ThroughputStepsPerS))}
                64 workers     {second[^1].ThroughputStepsPerS:R} steps/s predicted
            """));
    }

    private static (SimulationResult Result, long Allocated, double Wall, double Cpu) Timed(JobModel model, int workers, int steps)
    {
        var simulation = new ClusterSimulation(model, new SimulationOptions(workers, steps, Scenario: ReplayInputs.Scenario));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuSeconds();
        var sw = Stopwatch.StartNew();
        var result = simulation.Run();
        var wall = sw.Elapsed.TotalSeconds;
        var cpu = ThreadCpuSeconds() - cpuBefore;
        return (result, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, wall, cpu);
    }

    // The machine is shared: CPU time of this thread, unlike wall time, does not count the time others held the core.
    private static double ThreadCpuSeconds() =>
        clock_gettime(ClockThreadCpuTime, out var ts) == 0 ? ts.Seconds + (ts.Nanoseconds / 1e9) : double.NaN;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
