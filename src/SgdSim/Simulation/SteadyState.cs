namespace SgdSim.Simulation;

/// <summary>
/// When to stop simulating a worker count: once the stationary throughput is known to <see cref="Precision"/>.
/// Each of <see cref="Replicas"/> runs (seeds from <see cref="Predictor.SeedOf"/>) starts at
/// <see cref="InitialSteps"/> steps per worker; while the rule is not met, every run goes on to the horizon the last
/// estimates say is needed (1.25 to 8 times as long), up to <see cref="MaxSteps"/>.
/// </summary>
/// <param name="Precision">The largest 95% confidence half-width of the mean accepted, as a share of the mean (0.01 = ±1%).</param>
/// <param name="Replicas">Independent runs per worker count; fixed, so the answer does not depend on the machine.</param>
/// <param name="InitialSteps">Steps per worker of the first, shortest runs.</param>
/// <param name="MaxSteps">The cap: steps completed by all workers of all replicas of one worker count. A longer
/// horizon that would pass it is not simulated, and the prediction says the precision was not reached.</param>
public sealed record StoppingRule(double Precision = 0.01, int Replicas = 4, int InitialSteps = 64, long MaxSteps = 2_000_000)
{
    /// <summary>Checks the rule; throws <see cref="ArgumentOutOfRangeException"/> naming the bad value.</summary>
    public void Validate()
    {
        if (!(Precision > 0) || double.IsInfinity(Precision))
        {
            throw new ArgumentOutOfRangeException(nameof(Precision), Precision, "The precision must be a positive share of the mean.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Replicas, 1, nameof(Replicas));
        ArgumentOutOfRangeException.ThrowIfLessThan(InitialSteps, 16, nameof(InitialSteps));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSteps, 1, nameof(MaxSteps));
    }
}

/// <summary>How a prediction under a <see cref="StoppingRule"/> ended.</summary>
/// <param name="PrecisionReached">Whether every condition of the rule held: the transient was over in every replica,
/// the batch means were uncorrelated enough, there were enough run windows, and the half-width was within the precision.
/// False means the cap stopped it: the interval is still honest, only wider than asked.</param>
/// <param name="RelativeHalfWidth">The 95% half-width of the mean as a share of the mean.</param>
/// <param name="StepsPerWorker">Steps each worker completed in each replica of the last horizon.</param>
/// <param name="Batches">Batch means the interval rests on, over all replicas.</param>
/// <param name="Lag1Autocorrelation">Lag-1 autocorrelation of consecutive batch means within a replica.</param>
/// <param name="WarmupSeconds">Simulated seconds discarded at the start of each replica, averaged over replicas.</param>
public sealed record SteadyStateOutcome(
    bool PrecisionReached,
    double RelativeHalfWidth,
    int StepsPerWorker,
    int Batches,
    double Lag1Autocorrelation,
    double WarmupSeconds);

/// <summary>
/// Statistics of the stationary throughput from the step completions of simulated runs: warm-up deletion, batch
/// means, and the throughput one real run of a given length would measure.
/// </summary>
/// <remarks>
/// Batches are cut by <b>time</b>, not by count of completions: the throughput of an asynchronous job is the sum of
/// the workers' rates, which in a stationary run is completions (of all workers) per second. Equal-length time batches
/// make the mean of the batch rates exactly total completions over total time, whatever the workers' speeds; rates
/// of count-based batches (k completions over the time they took) are ratios whose mean is biased upward (Jensen)
/// and weight the fast stretches more, by as much as the step time varies.
/// </remarks>
public static class SteadyState
{
    /// <summary>Equal-time bins MSER looks at to find where the transient ends.</summary>
    public const int TruncationBins = 64;

    /// <summary>Time batches per replica tried first; halved while consecutive batch means are correlated.</summary>
    public const int InitialBatches = 32;

    /// <summary>Fewest batch means, over all replicas, an interval may rest on.</summary>
    public const int MinBatches = 10;

    /// <summary>Largest lag-1 autocorrelation of batch means accepted as independent enough.</summary>
    public const double MaxLag1Autocorrelation = 0.2;

    /// <summary>Fewest run-length windows the stopping rule waits for: 5 beyond each 2.5% quantile of the run range.</summary>
    public const int MinRunWindows = 200;

    /// <summary>Fewest windows kept (not dropped by the testbed's rule) for a run range at all: one beyond each 2.5% quantile.</summary>
    public const int MinRunWindowsKept = 40;

    // Two-sided 95% Student t quantiles for 1..30 degrees of freedom.
    private static readonly double[] T975 =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>
    /// The 0.975 quantile of Student's t with <paramref name="degreesOfFreedom"/>: from a table up to 30, beyond by
    /// the Cornish–Fisher expansion around the normal quantile (Abramowitz and Stegun 26.7.5; error below 1e-4 there),
    /// so an interval over 40 batches uses 2.02, not the normal 1.96.
    /// </summary>
    public static double StudentT975(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (degreesOfFreedom <= T975.Length)
        {
            return T975[degreesOfFreedom - 1];
        }

        const double z = 1.959963984540054;
        double v = degreesOfFreedom, z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z, z9 = z7 * z * z;
        return z + ((z3 + z) / (4 * v)) + (((5 * z5) + (16 * z3) + (3 * z)) / (96 * v * v))
            + (((3 * z7) + (19 * z5) + (17 * z3) - (15 * z)) / (384 * v * v * v))
            + (((79 * z9) + (776 * z7) + (1482 * z5) - (1920 * z3) - (945 * z)) / (92160 * v * v * v * v));
    }

    /// <summary>
    /// The stretch of a run in which every worker is past <paramref name="warmupSteps"/> and none has completed its
    /// last recorded step: every worker contends, and every completion in it is recorded.
    /// </summary>
    /// <param name="completions"><see cref="SimulationResult.StepCompletionsNs"/>: index k = 1..steps.</param>
    /// <param name="warmupSteps">Steps of each worker left out.</param>
    public static (long FromNs, long ToNs) Window(long[][] completions, int warmupSteps)
    {
        ArgumentNullException.ThrowIfNull(completions);
        var from = completions.Max(c => c[warmupSteps]);
        var to = completions.Min(c => c[^1]);
        return (from, Math.Max(from, to));
    }

    /// <summary>All workers' completion times in ascending order.</summary>
    public static long[] Merge(long[][] completions)
    {
        ArgumentNullException.ThrowIfNull(completions);
        var all = completions.SelectMany(c => c.Skip(1)).ToArray();
        Array.Sort(all);
        return all;
    }

    /// <summary>Completions per second in (<paramref name="fromNs"/>, <paramref name="toNs"/>] of a sorted <paramref name="merged"/>.</summary>
    public static double Rate(long[] merged, long fromNs, long toNs) =>
        toNs > fromNs ? (CountUpTo(merged, toNs) - CountUpTo(merged, fromNs)) / ((toNs - fromNs) / 1e9) : double.NaN;

    /// <summary>
    /// Where the transient of a run ends, by MSER (White 1997): the window is cut into <see cref="TruncationBins"/>
    /// equal-time bins, and the bins before d are dropped for the d (at most half of them) that minimises the squared
    /// standard error of the mean of the rest. <c>Settled</c> is false when the minimum lies at that limit: the run is
    /// too short to show the end of its transient.
    /// </summary>
    public static (long FromNs, bool Settled) TruncationPoint(long[] merged, long fromNs, long toNs)
    {
        ArgumentNullException.ThrowIfNull(merged);
        const int k = TruncationBins;
        var length = (toNs - fromNs) / (double)k;
        if (!(length > 0))
        {
            return (fromNs, false);
        }

        var rates = new double[k];
        for (var i = 0; i < k; i++)
        {
            rates[i] = Rate(merged, fromNs + (long)(i * length), fromNs + (long)((i + 1) * length));
        }

        // Suffix sums make every candidate's squared error O(1).
        double sum = 0, squares = 0, best = double.PositiveInfinity;
        var bestD = 0;
        var scores = new double[(k / 2) + 1];
        for (var i = k - 1; i >= 0; i--)
        {
            sum += rates[i];
            squares += rates[i] * rates[i];
            if (i <= k / 2)
            {
                var n = k - i;
                scores[i] = (squares - (sum * sum / n)) / ((double)n * n);
            }
        }

        for (var d = 0; d <= k / 2; d++)
        {
            if (scores[d] < best)
            {
                (best, bestD) = (scores[d], d);
            }
        }

        return (fromNs + (long)(bestD * length), bestD < k / 2);
    }

    /// <summary>
    /// Batch means over equal-time batches of each replica's stretch (<c>FromNs</c>, <c>ToNs</c>], pooled: the mean
    /// of all batch rates and its 95% confidence half-width. Starting from <see cref="InitialBatches"/> per replica,
    /// adjacent batches are merged while the lag-1 autocorrelation of consecutive batch means (about the grand mean,
    /// so replicas that differ show up as correlation too) exceeds <see cref="MaxLag1Autocorrelation"/> and at least
    /// <see cref="MinBatches"/> would be left. The variance of the mean is inflated by (1 + ρ) / (1 − ρ), the factor of
    /// an AR(1) sequence with the lag-1 correlation ρ found (when positive), and the half-width uses Student t with
    /// batches − 1 degrees of freedom. <c>Independent</c> is false when the correlation could not be brought down; then
    /// the half-width is at least that of the replicas' means taken as the samples.
    /// </summary>
    public static BatchMeansResult BatchMeans(IReadOnlyList<(long[] Merged, long FromNs, long ToNs)> replicas)
    {
        ArgumentNullException.ThrowIfNull(replicas);
        var r = replicas.Count;
        var perReplica = InitialBatches;
        while (true)
        {
            var values = new double[r][];
            for (var i = 0; i < r; i++)
            {
                var (merged, from, to) = replicas[i];
                var length = (to - from) / (double)perReplica;
                values[i] = [.. Enumerable.Range(0, perReplica).Select(b => Rate(merged, from + (long)(b * length), from + (long)((b + 1) * length)))];
            }

            var all = values.SelectMany(v => v).ToArray();
            var n = all.Length;
            var mean = all.Average();
            var variance = all.Sum(y => (y - mean) * (y - mean)) / (n - 1);
            var lagged = perReplica > 1 ? values.Sum(v => Enumerable.Range(0, perReplica - 1).Sum(b => (v[b] - mean) * (v[b + 1] - mean))) / (r * (perReplica - 1)) : 0;
            var lag1 = variance > 0 ? lagged / (variance * (n - 1) / n) : 0;
            var independent = lag1 <= MaxLag1Autocorrelation;
            if (independent || r * (perReplica / 2) < MinBatches || perReplica == 1)
            {
                var rho = Math.Clamp(lag1, 0, 0.95);
                var half = StudentT975(n - 1) * Math.Sqrt(variance / n * (1 + rho) / (1 - rho));
                var replicaMeans = values.Select(v => v.Average()).ToArray();
                if (!independent && r > 1)
                {
                    // Batches still correlated: the replicas, independent by construction, are the only samples the
                    // data surely supports, so the interval is at least theirs (Student t with replicas − 1).
                    var (_, byReplica) = Predictor.MeanAndCi95(replicaMeans);
                    half = Math.Max(half, byReplica);
                }

                return new BatchMeansResult(mean, double.IsNaN(half) ? double.PositiveInfinity : half, n, lag1, independent, replicaMeans);
            }

            perReplica /= 2;
        }
    }

    /// <summary>
    /// The throughput a real run of <paramref name="runSeconds"/> would measure, for each consecutive window of that
    /// length in [<paramref name="fromNs"/>, <paramref name="toNs"/>], the way the testbed measures one: per worker, its
    /// completions in the window without the first (the testbed's warm-up step), (count − 1) / (last − first); summed
    /// over workers. A window in which a worker completes fewer than 3 steps is left out, as the testbed drops such runs.
    /// </summary>
    /// <returns>The throughputs of the windows kept, and how many windows there were.</returns>
    public static (double[] StepsPerS, int Windows) RunThroughputs(long[][] completions, long fromNs, long toNs, double runSeconds)
    {
        ArgumentNullException.ThrowIfNull(completions);
        var length = (long)Math.Round(runSeconds * 1e9);
        var kept = new List<double>();
        var windows = 0;
        for (var start = fromNs; length > 0 && start + length <= toNs; start += length)
        {
            windows++;
            var total = 0.0;
            foreach (var c in completions)
            {
                // c[1..] ascending; the completions at start ≤ t < start + length.
                total += RunRate(c.AsSpan(LowerBound(c, start)..LowerBound(c, start + length)));
                if (double.IsNaN(total))
                {
                    break;
                }
            }

            if (!double.IsNaN(total))
            {
                kept.Add(total);
            }
        }

        return ([.. kept], windows);
    }

    /// <summary>
    /// One worker's steps per second in a run, as the testbed's <c>throughput.py</c> takes it from the worker's
    /// <paramref name="completions"/> in the run (ascending): without the first (its warm-up step), (count − 1) /
    /// (last − first); NaN when the worker completed fewer than 3 steps, for which the testbed drops the run.
    /// </summary>
    public static double RunRate(ReadOnlySpan<long> completions) =>
        completions.Length < 3 ? double.NaN : (completions.Length - 2) / ((completions[^1] - completions[1]) / 1e9);

    // Completions at or before time t.
    private static int CountUpTo(long[] sorted, long t)
    {
        var i = Array.BinarySearch(sorted, t);
        if (i < 0)
        {
            return ~i;
        }

        while (i + 1 < sorted.Length && sorted[i + 1] == t)
        {
            i++;
        }

        return i + 1;
    }

    // The first index k ≥ 1 of c with c[k] ≥ t (c.Length when none).
    private static int LowerBound(long[] c, long t)
    {
        int lo = 1, hi = c.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (c[mid] < t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>Batch means pooled over replicas.</summary>
/// <param name="Mean">Mean of all batch rates, steps per second.</param>
/// <param name="HalfWidth">95% confidence half-width of the mean, steps per second.</param>
/// <param name="Batches">Batch means used, over all replicas.</param>
/// <param name="Lag1Autocorrelation">Lag-1 autocorrelation of consecutive batch means within a replica.</param>
/// <param name="Independent">Whether that correlation is within <see cref="SteadyState.MaxLag1Autocorrelation"/>.</param>
/// <param name="ReplicaMeans">Each replica's mean batch rate.</param>
public sealed record BatchMeansResult(double Mean, double HalfWidth, int Batches, double Lag1Autocorrelation, bool Independent, double[] ReplicaMeans);
