using SgdSim.Calibration;

namespace SgdSim.Simulation;

/// <summary>
/// What short benchmark runs of a cluster measure: every worker launched at the same moment, the run stopped after a
/// number of seconds, and the throughput taken as the parameter-server testbed takes it (the sum over workers of each
/// one's completed steps after its first, over the time from its first to its last completion; a run where a worker
/// completes fewer than 3 steps is dropped). A run this short starts with the workers in phase and may
/// end before they leave it, so it can measure less than the stationary throughput.
/// </summary>
public static class LaunchedRuns
{
    /// <summary>The runs' mean and the range holding 95% of them.</summary>
    /// <param name="Workers">Number of workers.</param>
    /// <param name="MeanStepsPerS">Mean throughput over the runs kept.</param>
    /// <param name="Low">2.5% quantile of the runs kept.</param>
    /// <param name="High">97.5% quantile of the runs kept.</param>
    /// <param name="Kept">Runs kept.</param>
    /// <param name="Dropped">Runs dropped because a worker completed fewer than 3 steps.</param>
    public sealed record Outcome(int Workers, double MeanStepsPerS, double Low, double High, int Kept, int Dropped);

    /// <summary>Runs simulated per worker count unless told otherwise: enough for the 2.5% and 97.5% quantiles.</summary>
    public const int DefaultRuns = 40;

    /// <summary>Simulates <paramref name="runs"/> runs of <paramref name="seconds"/> with <paramref name="workers"/>
    /// workers, each with its own seed derived from the seed of <paramref name="template"/>, whose other settings
    /// (durations, network, scenario) they share.</summary>
    public static Outcome Simulate(JobModel model, SimulationOptions template, int workers, double seconds, int runs = DefaultRuns, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 2);
        if (!(seconds > 0 && seconds < 1e6))
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A run lasts a positive number of seconds.");
        }

        // No worker completes steps faster than at half its one-worker median, so this many steps outlast the run.
        var horizonNs = seconds * 1e9;
        var steps = (int)Math.Min(1_000_000, Math.Ceiling(horizonNs / Math.Max(1, 0.5 * model.MedianStepNs)) + 4);
        var kept = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            cancellation.ThrowIfCancellationRequested();
            var options = template with { Workers = workers, Steps = Math.Max(steps, template.WarmupSteps + 2), Seed = Predictor.SeedOf(template.Seed, workers, run) };
            var rate = Measure(new ClusterSimulation(model, options).Run().StepCompletionsNs, horizonNs);
            if (!double.IsNaN(rate))
            {
                kept.Add(rate);
            }
        }

        if (kept.Count == 0)
        {
            return new Outcome(workers, double.NaN, double.NaN, double.NaN, 0, runs);
        }

        return new Outcome(workers, kept.Average(), Quantiles.Of(kept, 0.025), Quantiles.Of(kept, 0.975), kept.Count, runs - kept.Count);
    }

    // The testbed's throughput of one simulated run stopped at horizonNs (see SteadyState.RunRate): a worker
    // finishes the step it started before then, as a testbed worker does. NaN when the testbed would drop the run.
    private static double Measure(long[][] completions, double horizonNs)
    {
        var total = 0.0;
        foreach (var worker in completions)
        {
            // Index 0 is unused; then the completions, 0 for steps never completed.
            var started = worker.AsSpan(1);
            var done = started.IndexOf(0L) is var zero and >= 0 ? started[..zero] : started;
            var after = done.IndexOfAnyInRange((long)horizonNs + 1, long.MaxValue);
            total += SteadyState.RunRate(after < 0 ? done : done[..(after + 1)]);
        }

        return total;
    }
}
