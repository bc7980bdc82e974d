using System.Runtime.ExceptionServices;
using SgdSim.Calibration;
using SgdSim.Simulation.Engine;

namespace SgdSim.Simulation;

/// <summary>How to predict a throughput curve.</summary>
/// <param name="Workers">The worker counts to predict.</param>
/// <param name="Replicas">Runs per worker count, each with its own seed, for the mean and its confidence interval.</param>
/// <param name="Seed">Base seed: the same seed gives the same predictions.</param>
/// <param name="Steps">Steps each worker completes per run.</param>
/// <param name="WarmupSteps">Steps of each worker left out of the throughput.</param>
/// <param name="Durations">How op durations are drawn from the trace.</param>
/// <param name="FlowPerMessage">Use the all-flows fair-sharing network instead of per-connection queues.</param>
/// <param name="Scenario">Policy, shards, training mode and heterogeneity; null: the profiled setup.</param>
public sealed record PredictionOptions(
    IReadOnlyList<int> Workers,
    int Replicas = 10,
    int Seed = 1,
    int Steps = 40,
    int WarmupSteps = 4,
    DurationMode Durations = DurationMode.Sample,
    bool FlowPerMessage = false,
    Scenario? Scenario = null)
{
    /// <summary>Simulate until the stationary throughput is known to the rule's precision, instead of a fixed
    /// <see cref="Replicas"/> × <see cref="Steps"/>; null keeps the fixed horizon.</summary>
    public StoppingRule? Until { get; init; }

    /// <summary>The run length the run range is for unless told otherwise: 10 s, as long as the shared sets' measured runs.</summary>
    public const double DefaultRunSeconds = 10;

    /// <summary>Length of the real run whose spread <see cref="Prediction.RunRange95Low"/>–<see cref="Prediction.RunRange95High"/> describes, seconds.</summary>
    public double RunSeconds { get; init; } = DefaultRunSeconds;
}

/// <summary>The predicted throughput for one worker count.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="ThroughputStepsPerS">Mean over replicas of the steps all workers complete per second.</param>
/// <param name="Ci95Low">Lower end of the 95% confidence interval of the mean (Student t over replicas), never below
/// 0; NaN for a fixed horizon of fewer than <see cref="Predictor.MinReplicasForInterval"/> replicas.</param>
/// <param name="Ci95High">Upper end of that interval; NaN as the lower end.</param>
/// <param name="ReplicaStepsPerS">Each replica's throughput.</param>
/// <param name="ServerEgressUtilisation">Mean share of the PS NIC's sending capacity in use.</param>
/// <param name="ServerIngressUtilisation">Mean share of the PS NIC's receiving capacity in use.</param>
/// <param name="WorkerComputeShare">Mean share of time a worker runs its own ops.</param>
/// <param name="Bottleneck">The busiest resource: <c>ps-send</c>, <c>ps-receive</c> (of the busiest shard),
/// <c>worker-network</c> or <c>worker-compute</c>.</param>
/// <param name="Events">Simulated events over all replicas.</param>
public sealed record Prediction(
    int Workers,
    double ThroughputStepsPerS,
    double Ci95Low,
    double Ci95High,
    double[] ReplicaStepsPerS,
    double ServerEgressUtilisation,
    double ServerIngressUtilisation,
    double WorkerComputeShare,
    string Bottleneck,
    long Events)
{
    /// <summary>Mean share of each parameter-server shard's sending capacity in use (empty without a server).</summary>
    public double[] ShardSendUtilisation { get; init; } = [];

    /// <summary>Mean share of each shard's receiving capacity in use.</summary>
    public double[] ShardReceiveUtilisation { get; init; } = [];

    /// <summary>Mean share of a worker NIC's busier direction in use.</summary>
    public double WorkerNetworkUtilisation { get; init; }

    /// <summary>2.5% quantile of the throughput one real run of <see cref="PredictionOptions.RunSeconds"/> would
    /// measure (see <see cref="SteadyState.RunThroughputs"/>), steps per second; NaN when fewer than <see cref="SteadyState.MinRunWindowsKept"/> windows of that length were kept.</summary>
    public double RunRange95Low { get; init; } = double.NaN;

    /// <summary>97.5% quantile of that run throughput, steps per second; NaN as for the low end.</summary>
    public double RunRange95High { get; init; } = double.NaN;

    /// <summary>Windows of the run length cut from the simulated runs; those in which a worker completes fewer than 3
    /// steps are left out of the run range, as the testbed drops such runs.</summary>
    public int RunWindows { get; init; }

    /// <summary>Of <see cref="RunWindows"/>, those left out of the run range because a worker completed fewer than 3
    /// steps in them: many say the run length is too short for the testbed's rule, and the range is of the rest.</summary>
    public int RunWindowsDropped { get; init; }

    /// <summary>How the stopping rule ended; null for a fixed horizon.</summary>
    public SteadyStateOutcome? SteadyState { get; init; }
}

/// <summary>Runs the cluster simulation for each worker count and replica, in parallel, deterministically.</summary>
public static class Predictor
{
    /// <summary>Predicts every worker count in <paramref name="options"/>; <paramref name="progress"/> hears of each finished run.</summary>
    public static IReadOnlyList<Prediction> Predict(JobModel model, PredictionOptions options, CancellationToken cancellation = default, IProgress<int>? progress = null) =>
        PredictAll([(model, options)], cancellation, progress)[0];

    /// <summary>
    /// Predicts several configurations (a model and the options to predict it with, each) as one batch of runs
    /// spread over all cores: a sweep keeps both cores busy to its last run, not to the end of each configuration.
    /// Every run's seed is <see cref="SeedOf"/> of its configuration's seed, worker count and replica, so the result
    /// does not depend on the order the runs finish in. Under a <see cref="StoppingRule"/> the runs go in rounds: after
    /// each, every worker count whose rule is not yet met goes on to the horizon its estimates call for (1.25 to 8 times as long). <paramref name="progress"/>
    /// hears the units done so far (<see cref="ProgressUnits"/>); <paramref name="finished"/> hears of configuration k
    /// (with its predictions) as soon as its last worker count is settled.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Prediction>> PredictAll(IReadOnlyList<(JobModel Model, PredictionOptions Options)> configurations,
        CancellationToken cancellation = default, IProgress<int>? progress = null, Action<int, IReadOnlyList<Prediction>>? finished = null)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        foreach (var (model, options) in configurations)
        {
            ArgumentNullException.ThrowIfNull(model);
            ArgumentOutOfRangeException.ThrowIfLessThan(options.Replicas, 1, nameof(options.Replicas));
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.RunSeconds, nameof(options.RunSeconds));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Workers.Max(), MaxWorkers, nameof(options.Workers));
            options.Until?.Validate();
        }

        var predictions = configurations.Select(c => new Prediction[c.Options.Workers.Count]).ToArray();
        var left = predictions.Select(p => p.Length).ToArray();
        var pending = configurations.SelectMany((c, k) => c.Options.Workers.Select((n, j) =>
            new Horizon(k, j, n, c.Options.Until?.InitialSteps ?? c.Options.Steps, c.Options.Until?.Replicas ?? c.Options.Replicas,
                new ClusterSimulation[c.Options.Until?.Replicas ?? c.Options.Replicas]))).ToList();
        var done = 0;
        void Complete(Horizon h, Prediction prediction)
        {
            predictions[h.Configuration][h.Index] = prediction;
            if (Interlocked.Decrement(ref left[h.Configuration]) == 0)
            {
                finished?.Invoke(h.Configuration, predictions[h.Configuration]);
            }
        }

        while (pending.Count > 0)
        {
            var runs = pending.SelectMany((h, i) => Enumerable.Range(0, h.Replicas).Select(r => (Horizon: i, Replica: r))).ToArray();
            var first = new int[pending.Count];
            for (var i = 1; i < pending.Count; i++)
            {
                first[i] = first[i - 1] + pending[i - 1].Replicas;
            }

            var runsLeft = pending.Select(h => h.Replicas).ToArray();
            var results = new SimulationResult[runs.Length];
            try
            {
                Parallel.For(0, runs.Length, new ParallelOptions { CancellationToken = cancellation }, i =>
                {
                    var (index, r) = runs[i];
                    var h = pending[index];
                    var (model, options) = configurations[h.Configuration];
                    // Under the stopping rule a replica goes on from where its shorter run stopped.
                    if (h.Runs[r] is { } simulation)
                    {
                        simulation.EventBudget = EventBudget(model, options.Scenario, h.Workers, h.Steps);
                        results[i] = Limited(h, () => simulation.Continue(h.Steps));
                    }
                    else
                    {
                        simulation = new ClusterSimulation(model, new SimulationOptions(
                            h.Workers, h.Steps, options.WarmupSteps, options.Durations, SeedOf(options.Seed, h.Workers, r), FlowPerMessage: options.FlowPerMessage, Scenario: options.Scenario))
                        {
                            EventBudget = EventBudget(model, options.Scenario, h.Workers, h.Steps),
                        };
                        results[i] = Limited(h, simulation.Run);
                        if (options.Until is not null)
                        {
                            h.Runs[r] = simulation;
                        }
                    }

                    if (options.Until is null)
                    {
                        // A fixed horizon is done with its last run: a sweep hears of it (and saves it) at once.
                        progress?.Report(Interlocked.Increment(ref done));
                        if (Interlocked.Decrement(ref runsLeft[index]) == 0)
                        {
                            Complete(h, Summarise(h.Workers, results.AsSpan(first[index], h.Replicas).ToArray(), options));
                        }
                    }
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is SimulationLimitException) is { } limit)
            {
                // A run out of range is reported as itself, not wrapped with the others the loop stopped.
                ExceptionDispatchInfo.Capture(limit).Throw();
            }

            // The stopping rule is checked in a fixed order on this thread, so what runs next never depends on which
            // run finished first.
            var next = new List<Horizon>();
            for (var i = 0; i < pending.Count; i++)
            {
                var h = pending[i];
                var options = configurations[h.Configuration].Options;
                if (options.Until is not { } rule)
                {
                    continue;
                }

                var (prediction, longer) = Settle(h, results.AsSpan(first[i], h.Replicas).ToArray(), options, rule);
                if (prediction is null)
                {
                    next.Add(h with { Steps = longer });
                    continue;
                }

                progress?.Report(Interlocked.Increment(ref done));
                Complete(h, prediction);
            }

            pending = next;
        }

        return predictions;
    }

    /// <summary>The most workers one run simulates.</summary>
    public const int MaxWorkers = 4096;

    /// <summary>
    /// The most events a run of <paramref name="steps"/> steps per worker may handle: 64 times a generous count of what
    /// one worker's step takes (every task of the step for every worker, as a ring all-reduce does, and every slice of
    /// P3), so that only a run that stops advancing meets it.
    /// </summary>
    public static long EventBudget(JobModel model, Scenario? scenario, int workers, int steps)
    {
        ArgumentNullException.ThrowIfNull(model);
        var slices = scenario is { Policy: TransmissionPolicy.P3 } s ? (double)(model.PullBytesPerStep + model.PushBytesPerStep) / s.SliceBytes : 0;
        var events = 1e6 + (64.0 * steps * workers * ((model.TaskCount + 16.0) * workers + slices));
        return events >= long.MaxValue ? long.MaxValue : (long)events;
    }

    // A run that meets the engine's limits is refused saying at how many workers and how many steps.
    private static SimulationResult Limited(Horizon h, Func<SimulationResult> run)
    {
        try
        {
            return run();
        }
        catch (SimulationLimitException e)
        {
            throw new SimulationLimitException(
                $"the simulation of {h.Workers} worker(s) for {h.Steps} steps each stopped: {e.Message}. The rates, speeds or durations it was given are out of the range it can simulate.");
        }
    }

    /// <summary>The units <paramref name="options"/> reports progress in: runs for a fixed horizon, worker counts
    /// settled under a stopping rule (whose number of runs is not known in advance).</summary>
    public static int ProgressUnits(PredictionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Workers.Count * (options.Until is null ? options.Replicas : 1);
    }

    /// <summary>
    /// The back-of-envelope bound: N workers each at the one-worker step rate of the trace, capped by the PS NIC
    /// moving every step's bytes at the calibrated capacity — what a prediction without contention would say.
    /// </summary>
    public static double NaiveBound(JobModel model, int workers)
    {
        ArgumentNullException.ThrowIfNull(model);
        var oneWorker = 1e9 / (model.MedianStepNs + model.StepGapSamples[model.StepGapSamples.Length / 2]);
        var down = model.PullBytesPerStep == 0 ? double.PositiveInfinity : model.DownBytesPerNs * 1e9 / model.PullBytesPerStep;
        var up = model.PushBytesPerStep == 0 ? double.PositiveInfinity : model.UpBytesPerNs * 1e9 / model.PushBytesPerStep;
        return Math.Min(workers * oneWorker, Math.Min(down, up));
    }

    /// <summary>The seed of replica <paramref name="replica"/> at <paramref name="workers"/> workers: fixed, so runs can go in any order.</summary>
    public static int SeedOf(int seed, int workers, int replica) => unchecked((seed * 1_000_003) + (workers * 7_919) + replica);

    /// <summary>
    /// Replicas a fixed horizon needs for a confidence interval over them: with one the interval would have no width,
    /// with two Student's t (12.7 for one degree of freedom) makes it wider than the mean.
    /// </summary>
    public const int MinReplicasForInterval = 3;

    /// <summary>The interval of a mean of throughputs and its half-width: never below 0, as a throughput is not
    /// negative however wide the interval (both ends NaN when the half-width is).</summary>
    public static (double Low, double High) Ci95Bounds(double mean, double halfWidth) =>
        double.IsNaN(halfWidth) ? (double.NaN, double.NaN) : (Math.Max(0, mean - halfWidth), mean + halfWidth);

    /// <summary>Mean and 95% confidence half-width of <paramref name="values"/> (0 for a single value).</summary>
    public static (double Mean, double HalfWidth) MeanAndCi95(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        if (values.Count < 2)
        {
            return (mean, 0);
        }

        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        var t = SteadyState.StudentT975(values.Count - 1);
        return (mean, t * sd / Math.Sqrt(values.Count));
    }

    // A fixed horizon: the mean over replicas of each one's throughput after warm-up, Student t over replicas.
    private static Prediction Summarise(int workers, SimulationResult[] replicas, PredictionOptions options)
    {
        var throughput = replicas.Select(r => r.ThroughputStepsPerS).ToArray();
        var (mean, half) = MeanAndCi95(throughput);
        if (throughput.Length < MinReplicasForInterval)
        {
            half = double.NaN;
        }

        var stretches = replicas.Select(r => SteadyState.Window(r.StepCompletionsNs, options.WarmupSteps)).ToArray();
        return Describe(workers, replicas, mean, half, throughput, stretches, options.RunSeconds);
    }

    // Under a stopping rule: the prediction once the rule is met or the cap reached; until then null, and the horizon
    // to simulate next.
    private static (Prediction? Prediction, int NextSteps) Settle(Horizon h, SimulationResult[] replicas, PredictionOptions options, StoppingRule rule)
    {
        var stretches = new (long[] Merged, long FromNs, long ToNs)[replicas.Length];
        var settled = true;
        var warmupNs = 0.0;
        for (var i = 0; i < replicas.Length; i++)
        {
            var merged = SteadyState.Merge(replicas[i].StepCompletionsNs);
            var (from, to) = SteadyState.Window(replicas[i].StepCompletionsNs, options.WarmupSteps);
            var (cut, over) = SteadyState.TruncationPoint(merged, from, to);
            settled &= over;
            warmupNs += cut / (double)replicas.Length;
            stretches[i] = (merged, cut, to);
        }

        var batches = SteadyState.BatchMeans(stretches);
        var prediction = Describe(h.Workers, replicas, batches.Mean, batches.HalfWidth, batches.ReplicaMeans,
            [.. stretches.Select(s => (s.FromNs, s.ToNs))], options.RunSeconds);
        var relative = batches.HalfWidth / batches.Mean;
        var reached = settled && batches.Independent && relative <= rule.Precision && prediction.RunWindows >= SteadyState.MinRunWindows;

        // The half-width shrinks as 1/√(horizon) and the windows grow with it, so the next horizon is the one these
        // say is enough, with a fifth more for the error of the estimates (at least 1.25 and at most 8 times as long,
        // as a short run's estimates are rough); the runs go on from where they stopped, so nothing is simulated twice.
        var wanted = 1.2 * Math.Max(Math.Pow(relative / rule.Precision, 2), SteadyState.MinRunWindows / Math.Max(1.0, prediction.RunWindows));
        var factor = double.IsNaN(wanted) ? 8 : Math.Clamp(wanted, 1.25, 8);
        var longest = (int)Math.Min(int.MaxValue, rule.MaxSteps / ((long)rule.Replicas * h.Workers));
        var next = (int)Math.Min(longest, Math.Ceiling(h.Steps * factor));
        return reached || next <= h.Steps
            ? (prediction with { SteadyState = new SteadyStateOutcome(reached, relative, h.Steps, batches.Batches, batches.Lag1Autocorrelation, warmupNs / 1e9) }, 0)
            : (null, next);
    }

    private static Prediction Describe(int workers, SimulationResult[] replicas, double mean, double half, double[] throughput,
        (long FromNs, long ToNs)[] stretches, double runSeconds)
    {
        var egress = replicas.Average(r => r.ServerEgressUtilisation);
        var ingress = replicas.Average(r => r.ServerIngressUtilisation);
        var compute = replicas.Average(r => r.WorkerComputeShare);
        var network = replicas.Average(r => r.WorkerNetworkUtilisation);
        var shards = replicas[0].ShardEgressUtilisation.Length;
        double[] Mean(Func<SimulationResult, double[]> pick) =>
            [.. Enumerable.Range(0, shards).Select(k => replicas.Average(r => pick(r)[k]))];

        // What one real run of runSeconds would measure: every window of that length in every replica's stretch.
        var runs = new List<double>();
        var windows = 0;
        for (var i = 0; i < replicas.Length; i++)
        {
            var (kept, count) = SteadyState.RunThroughputs(replicas[i].StepCompletionsNs, stretches[i].FromNs, stretches[i].ToNs, runSeconds);
            runs.AddRange(kept);
            windows += count;
        }

        // Where the servers are, their NICs are what saturates first; a worker NIC is named only without them.
        var bottleneck = new[] { ("ps-send", egress), ("ps-receive", ingress), ("worker-network", shards == 0 ? network : 0), ("worker-compute", compute) }
            .Aggregate((a, b) => b.Item2 > a.Item2 ? b : a).Item1;
        var (low, high) = Ci95Bounds(mean, half);
        return new Prediction(workers, mean, low, high, throughput, egress, ingress, compute, bottleneck, replicas.Sum(r => r.Events))
        {
            ShardSendUtilisation = Mean(r => r.ShardEgressUtilisation),
            ShardReceiveUtilisation = Mean(r => r.ShardIngressUtilisation),
            WorkerNetworkUtilisation = network,
            RunRange95Low = runs.Count >= SteadyState.MinRunWindowsKept ? Quantiles.Of(runs, 0.025) : double.NaN,
            RunRange95High = runs.Count >= SteadyState.MinRunWindowsKept ? Quantiles.Of(runs, 0.975) : double.NaN,
            RunWindows = windows,
            RunWindowsDropped = windows - runs.Count,
        };
    }

    // One worker count of one configuration at the horizon being simulated, and (under a stopping rule) its runs so far.
    private readonly record struct Horizon(int Configuration, int Index, int Workers, int Steps, int Replicas, ClusterSimulation[] Runs);
}
