using SgdSim.Calibration;

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
    Scenario? Scenario = null);

/// <summary>The predicted throughput for one worker count.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="ThroughputStepsPerS">Mean over replicas of the steps all workers complete per second.</param>
/// <param name="Ci95Low">Lower end of the 95% confidence interval of the mean (Student t over replicas).</param>
/// <param name="Ci95High">Upper end of that interval.</param>
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
}

/// <summary>Runs the cluster simulation for each worker count and replica, in parallel, deterministically.</summary>
public static class Predictor
{
    // Two-sided 95% Student t quantiles for 1..30 degrees of freedom; beyond that the normal 1.96.
    private static readonly double[] T95 =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>Predicts every worker count in <paramref name="options"/>; <paramref name="progress"/> hears of each finished run.</summary>
    public static IReadOnlyList<Prediction> Predict(JobModel model, PredictionOptions options, CancellationToken cancellation = default, IProgress<int>? progress = null) =>
        PredictAll([(model, options)], cancellation, progress)[0];

    /// <summary>
    /// Predicts several configurations (a model and the options to predict it with, each) as one batch of runs
    /// spread over all cores: a sweep keeps both cores busy to its last run, not to the end of each configuration.
    /// Every run's seed is <see cref="SeedOf"/> of its configuration's seed, worker count and replica, so the result
    /// does not depend on the order the runs finish in. <paramref name="finished"/> hears of configuration k (with
    /// its predictions) as soon as its last run ends, on the thread that ran it.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Prediction>> PredictAll(IReadOnlyList<(JobModel Model, PredictionOptions Options)> configurations,
        CancellationToken cancellation = default, IProgress<int>? progress = null, Action<int, IReadOnlyList<Prediction>>? finished = null)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        foreach (var (model, options) in configurations)
        {
            ArgumentNullException.ThrowIfNull(model);
            ArgumentOutOfRangeException.ThrowIfLessThan(options.Replicas, 1, nameof(options.Replicas));
        }

        var runs = configurations.SelectMany((c, k) => c.Options.Workers.SelectMany(n => Enumerable.Range(0, c.Options.Replicas).Select(r => (Configuration: k, Workers: n, Replica: r)))).ToArray();
        var first = new int[configurations.Count];
        var left = new int[configurations.Count];
        for (var k = 0; k < configurations.Count; k++)
        {
            left[k] = configurations[k].Options.Workers.Count * configurations[k].Options.Replicas;
            first[k] = k == 0 ? 0 : first[k - 1] + left[k - 1];
        }

        var results = new SimulationResult[runs.Length];
        var predictions = left.Select(n => n == 0 ? [] : (IReadOnlyList<Prediction>)null!).ToArray();
        var done = 0;
        Parallel.For(0, runs.Length, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var (k, n, r) = runs[i];
            var (model, options) = configurations[k];
            var simulation = new ClusterSimulation(model, new SimulationOptions(
                n, options.Steps, options.WarmupSteps, options.Durations, SeedOf(options.Seed, n, r), FlowPerMessage: options.FlowPerMessage, Scenario: options.Scenario));
            results[i] = simulation.Run();
            progress?.Report(Interlocked.Increment(ref done));
            if (Interlocked.Decrement(ref left[k]) == 0)
            {
                predictions[k] = [.. options.Workers.Select((w, j) => Summarise(w, results.AsSpan(first[k] + (j * options.Replicas), options.Replicas).ToArray()))];
                finished?.Invoke(k, predictions[k]);
            }
        });

        return predictions;
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

    /// <summary>Mean and 95% confidence half-width of <paramref name="values"/> (0 for a single value).</summary>
    public static (double Mean, double HalfWidth) MeanAndCi95(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        if (values.Count < 2)
        {
            return (mean, 0);
        }

        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        var t = values.Count - 1 <= T95.Length ? T95[values.Count - 2] : 1.96;
        return (mean, t * sd / Math.Sqrt(values.Count));
    }

    private static Prediction Summarise(int workers, SimulationResult[] replicas)
    {
        var throughput = replicas.Select(r => r.ThroughputStepsPerS).ToArray();
        var (mean, half) = MeanAndCi95(throughput);
        var egress = replicas.Average(r => r.ServerEgressUtilisation);
        var ingress = replicas.Average(r => r.ServerIngressUtilisation);
        var compute = replicas.Average(r => r.WorkerComputeShare);
        var network = replicas.Average(r => r.WorkerNetworkUtilisation);
        var shards = replicas[0].ShardEgressUtilisation.Length;
        double[] Mean(Func<SimulationResult, double[]> pick) =>
            [.. Enumerable.Range(0, shards).Select(k => replicas.Average(r => pick(r)[k]))];

        // Where the servers are, their NICs are what saturates first; a worker NIC is named only without them.
        var bottleneck = new[] { ("ps-send", egress), ("ps-receive", ingress), ("worker-network", shards == 0 ? network : 0), ("worker-compute", compute) }
            .Aggregate((a, b) => b.Item2 > a.Item2 ? b : a).Item1;
        return new Prediction(workers, mean, mean - half, mean + half, throughput, egress, ingress, compute, bottleneck, replicas.Sum(r => r.Events))
        {
            ShardSendUtilisation = Mean(r => r.ShardEgressUtilisation),
            ShardReceiveUtilisation = Mean(r => r.ShardIngressUtilisation),
            WorkerNetworkUtilisation = network,
        };
    }
}
