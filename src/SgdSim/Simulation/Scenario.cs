using System.Globalization;
using SgdSim.Calibration;
using SgdSim.Simulation.Network;
using SgdSim.Simulation.Policies;

namespace SgdSim.Simulation;

/// <summary>The order in which a sender puts waiting transfers on the wire.</summary>
public enum TransmissionPolicy
{
    /// <summary>Each simulated step replays the order in which the profiled step's parameters were answered (the
    /// default: what the profiled framework did, with its own variability).</summary>
    Measured,

    /// <summary>No order: each step, each worker receives its parameters in a fresh random order (what TicTac found
    /// TensorFlow's gRPC transfers to do).</summary>
    TfDefault,

    /// <summary>First requested, first sent.</summary>
    Fifo,

    /// <summary>TicTac's timing-independent order: a parameter goes before another when the first op that needs it
    /// depends on fewer parameters, from the step graph's structure alone.</summary>
    Tic,

    /// <summary>TicTac's timing-aware order: by when the trace shows the parameter's first consumer starting.</summary>
    Tac,

    /// <summary>P3: tensors cut into slices, sent by priority (layers the next forward pass needs first), so an
    /// urgent tensor overtakes a less urgent one between two slices. Applies to parameters and gradients.</summary>
    P3,
}

/// <summary>How parameters are assigned to parameter-server shards.</summary>
public enum ShardPlacement
{
    /// <summary>In the trace's order of parameters, shard 0, 1, …, K−1, 0, … (TensorFlow's
    /// <c>replica_device_setter</c> default).</summary>
    RoundRobin,

    /// <summary>Largest parameter first, each to the shard holding the fewest bytes so far (TensorFlow's greedy
    /// load-balancing strategy by bytes).</summary>
    GreedyBytes,
}

/// <summary>How workers' updates are combined.</summary>
public enum TrainingModeKind
{
    /// <summary>Asynchronous SGD: workers never wait for each other.</summary>
    Async,

    /// <summary>Bulk-synchronous SGD: the server waits for all N gradients of a parameter and applies them once;
    /// workers pull it only after.</summary>
    Sync,

    /// <summary>Stale-synchronous SGD: a worker may run at most S steps ahead of the slowest.</summary>
    StaleSynchronous,

    /// <summary>Decentralised SGD: gradients are averaged by ring all-reduce over the workers' NICs; no server.</summary>
    AllReduce,
}

/// <summary>A training mode with its staleness bound (for <see cref="TrainingModeKind.StaleSynchronous"/>).</summary>
/// <param name="Kind">The mode.</param>
/// <param name="Staleness">Steps a worker may run ahead of the slowest (stale-synchronous only).</param>
public readonly record struct TrainingMode(TrainingModeKind Kind, int Staleness = 0)
{
    /// <summary>Asynchronous SGD.</summary>
    public static TrainingMode Async => new(TrainingModeKind.Async);

    /// <summary>Bulk-synchronous SGD.</summary>
    public static TrainingMode Sync => new(TrainingModeKind.Sync);

    /// <summary>Ring all-reduce.</summary>
    public static TrainingMode AllReduce => new(TrainingModeKind.AllReduce);

    /// <summary>Stale-synchronous SGD with bound <paramref name="staleness"/>.</summary>
    public static TrainingMode StaleSynchronous(int staleness) => new(TrainingModeKind.StaleSynchronous, staleness);

    /// <summary>Whether a parameter server takes part (every mode but all-reduce).</summary>
    public bool HasServer => Kind != TrainingModeKind.AllReduce;

    /// <summary>Parses <c>async</c>, <c>sync</c>, <c>ssp:S</c> (S ≥ 0) or <c>allreduce</c>.</summary>
    public static bool TryParse(string text, out TrainingMode mode, out string error)
    {
        mode = Async;
        error = "";
        var value = text.Trim().ToLowerInvariant();
        switch (value)
        {
            case "async":
                return true;
            case "sync":
                mode = Sync;
                return true;
            case "allreduce":
                mode = AllReduce;
                return true;
        }

        if (value.StartsWith("ssp:", StringComparison.Ordinal))
        {
            if (int.TryParse(value.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            {
                mode = StaleSynchronous(s);
                return true;
            }

            error = $"'{text}' needs a staleness bound of 0 or more steps after 'ssp:', e.g. ssp:3";
            return false;
        }

        error = $"'{text}' is not a training mode (async, sync, ssp:S, allreduce)";
        return false;
    }

    /// <summary>The mode as it is written on the command line and in tables.</summary>
    public override string ToString() => Kind switch
    {
        TrainingModeKind.Sync => "sync",
        TrainingModeKind.StaleSynchronous => string.Create(CultureInfo.InvariantCulture, $"ssp:{Staleness}"),
        TrainingModeKind.AllReduce => "allreduce",
        _ => "async",
    };
}

/// <summary>Some workers' compute slowed down: the last <paramref name="Count"/> workers take
/// <paramref name="Factor"/> times as long for each of their own ops.</summary>
/// <param name="Count">How many workers are slow (the last ones; all of them when there are fewer).</param>
/// <param name="Factor">How many times longer their ops take (above 0; 2 = half speed).</param>
public readonly record struct Stragglers(int Count, double Factor);

/// <summary>
/// The cluster and training setup a run simulates beyond the worker count: transmission policy, parameter-server
/// shards, training mode and heterogeneity. The default is the profiled setup: one server, asynchronous SGD, the
/// measured transfer order, identical workers, every NIC at the calibrated capacity.
/// </summary>
public sealed record Scenario
{
    /// <summary>The slice size P3 cuts tensors into unless told otherwise: 256 KiB, 2.1 ms on a 1 Gbit/s link.</summary>
    public const long DefaultSliceBytes = 256 * 1024;

    /// <summary>The all-reduce bucket size unless told otherwise: 25 MiB, PyTorch DistributedDataParallel's default.</summary>
    public const long DefaultBucketBytes = 25L * 1024 * 1024;

    /// <summary>The slowest relative speed of a worker simulated (a thousandth of the profiled one); straggler factors
    /// go as far the other way.</summary>
    public const double MinSpeed = 1e-3;

    /// <summary>The fastest relative speed of a worker simulated (a thousand times the profiled one).</summary>
    public const double MaxSpeed = 1e3;

    /// <summary>The largest P3 slice or all-reduce bucket, bytes (1 TiB).</summary>
    public const long MaxChunkBytes = 1L << 40;

    // Before Default, whose initialiser reads it: static initialisers run in the order they are written.
    private static readonly ReverseQueueing MeasuredReverseQueueing = new([0.84, 0.54, 0.39]);

    /// <summary>The profiled setup.</summary>
    public static Scenario Default { get; } = new();

    /// <summary>Whether <paramref name="speed"/> (or a straggler's slowdown factor) lies in the range simulated,
    /// <see cref="MinSpeed"/> to <see cref="MaxSpeed"/>.</summary>
    public static bool SpeedInRange(double speed) => speed is >= MinSpeed and <= MaxSpeed;

    /// <summary>Order of transfers waiting on a connection.</summary>
    public TransmissionPolicy Policy { get; init; } = TransmissionPolicy.Measured;

    /// <summary>Slice size for <see cref="TransmissionPolicy.P3"/>, bytes.</summary>
    public long SliceBytes { get; init; } = DefaultSliceBytes;

    /// <summary>All-reduce: gradients are reduced together in buckets of at least this many bytes (1: each alone).</summary>
    public long BucketBytes { get; init; } = DefaultBucketBytes;

    /// <summary>Number of parameter-server shards, each with its own NIC and executor.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>How parameters are spread over the shards.</summary>
    public ShardPlacement Placement { get; init; } = ShardPlacement.RoundRobin;

    /// <summary>How the workers' updates are combined.</summary>
    public TrainingMode Mode { get; init; } = TrainingMode.Async;

    /// <summary>Relative compute speed of worker 0, 1, … (1 = as profiled, 0.5 = its ops take twice as long);
    /// null: all as profiled. Must cover every worker simulated.</summary>
    public IReadOnlyList<double>? WorkerSpeeds { get; init; }

    /// <summary>Slow workers, as an alternative to <see cref="WorkerSpeeds"/>.</summary>
    public Stragglers? Stragglers { get; init; }

    /// <summary>Nominal NIC rate of the workers in bits/s: one value for all or one per worker; null: calibrated.</summary>
    public IReadOnlyList<double>? WorkerBitsPerS { get; init; }

    /// <summary>Nominal NIC rate of the server shards in bits/s: one value for all or one per shard; null: calibrated.</summary>
    public IReadOnlyList<double>? ServerBitsPerS { get; init; }

    /// <summary>How unequally connections split a NIC they share (see <see cref="ShareSpread"/>); default:
    /// <see cref="DefaultSharing"/>.</summary>
    public ShareSpread Sharing { get; init; } = DefaultSharing;

    /// <summary>
    /// The spreads measured on TCP (Linux, <c>bbr</c>) through rate-limited NICs with deep queues: three connections
    /// starting 12 MB messages together, eight times, split one receiver's NIC with a standard deviation of the log
    /// of each one's share of 0.10, and one sender's NIC with 0.067 (samples/testbed-experiments, <c>rounds.py</c>).
    /// With three connections that is log-normal weights of σ = 0.12 and 0.08. A one-worker trace cannot show how
    /// connections share, so these are physical defaults, not calibrated.
    /// </summary>
    public static ShareSpread DefaultSharing => new(Send: 0.08, Receive: 0.12);

    /// <summary>How connections sending into a node slow its sending (see <see cref="Network.ReverseQueueing"/>);
    /// default: <see cref="DefaultReverseQueueing"/>.</summary>
    public ReverseQueueing Reverse { get; init; } = DefaultReverseQueueing;

    /// <summary>
    /// The shares measured in the parameter-server job on TCP (<c>bbr</c>) through rate-limited NICs with deep queues:
    /// sampling the PS's sockets every ~70 ms (samples/testbed-experiments, <c>ackjob.py</c> over four runs at 300 Mbit/s
    /// and 1 Gbit/s with 3–6 workers), the PS sent at 0.955 of its line rate while at most one worker pushed, and at
    /// 0.80, 0.52 and 0.37 of it while 2, 3 and 4 or more did: 0.84, 0.54 and 0.39 of the rate it sends at alone. A
    /// one-worker trace never has two connections into the PS, so these are physical defaults, not calibrated.
    /// </summary>
    public static ReverseQueueing DefaultReverseQueueing => MeasuredReverseQueueing;

    /// <summary>This scenario on a network where connections share every NIC evenly and incoming traffic never slows a
    /// node's sending: the fluid model of max-min fair sharing.</summary>
    public Scenario Evenly() => this with { Sharing = ShareSpread.Fair, Reverse = ReverseQueueing.None };

    /// <summary>The policy's name as written on the command line.</summary>
    public static string NameOf(TransmissionPolicy policy) => TransferPolicies.Of(policy).Name;

    /// <summary>Parses a policy name (one of <see cref="TransferPolicies.Names"/>).</summary>
    public static bool TryParsePolicy(string text, out TransmissionPolicy policy) => TransferPolicies.TryParse(text, out policy);

    /// <summary>The placement's name as written on the command line.</summary>
    public static string NameOf(ShardPlacement placement) =>
        placement == ShardPlacement.GreedyBytes ? "greedy-bytes" : "round-robin";

    /// <summary>Parses <c>round-robin</c> or <c>greedy-bytes</c>.</summary>
    public static bool TryParsePlacement(string text, out ShardPlacement placement)
    {
        placement = ShardPlacement.RoundRobin;
        switch (text.Trim().ToLowerInvariant())
        {
            case "round-robin":
                return true;
            case "greedy-bytes":
                placement = ShardPlacement.GreedyBytes;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Checks the scenario for a run of <paramref name="workers"/> workers of a model with
    /// <paramref name="parameters"/> parameters; returns what is wrong, or null.</summary>
    public string? Problem(int workers, int parameters)
    {
        if (Shards < 1)
        {
            return $"{Shards} parameter-server shards: at least 1 is needed";
        }

        if (Mode.HasServer && Shards > Math.Max(1, parameters))
        {
            return $"{Shards} parameter-server shards but the trace has only {Counts.Of(parameters, "parameter")}: a shard would hold nothing (use at most {parameters})";
        }

        if (SliceBytes is < 1 or > MaxChunkBytes)
        {
            return $"a slice of {SliceBytes} bytes: slices hold 1 byte to {MaxChunkBytes} bytes (1 TiB)";
        }

        if (BucketBytes is < 1 or > MaxChunkBytes)
        {
            return $"a bucket of {BucketBytes} bytes: buckets hold 1 byte to {MaxChunkBytes} bytes (1 TiB)";
        }

        if (Mode.Staleness < 0)
        {
            return $"staleness bound {Mode.Staleness}: it must be 0 or more";
        }

        if (WorkerSpeeds is not null && Stragglers is not null)
        {
            return "worker speeds and stragglers both given: give one or the other";
        }

        if (WorkerSpeeds is { } speeds)
        {
            if (speeds.Count < workers)
            {
                return $"{Counts.Of(speeds.Count, "worker speed")} for {Counts.Of(workers, "worker")}: give one per worker";
            }

            if (!speeds.All(SpeedInRange))
            {
                return "worker speeds must be numbers from 0.001 to 1000 (1 = as profiled, 0.5 = half as fast)";
            }
        }

        if (Stragglers is { } slow && (slow.Count < 0 || !SpeedInRange(slow.Factor)))
        {
            return $"stragglers {slow.Count}:{slow.Factor.ToString(CultureInfo.InvariantCulture)}: the count must be 0 or more and the factor a number from 0.001 to 1000";
        }

        if (WorkerBitsPerS is { } w && w.Count != 1 && w.Count != workers)
        {
            return $"{Counts.Of(w.Count, "worker NIC rate")} for {Counts.Of(workers, "worker")}: give one for all or one per worker";
        }

        if ((WorkerBitsPerS ?? []).Concat(ServerBitsPerS ?? []).Where(r => !Bandwidth.InRange(r)).Select(r => (double?)r).FirstOrDefault() is { } rate)
        {
            return $"a NIC rate of {rate.ToString(CultureInfo.InvariantCulture)} bit/s: rates go from {Bandwidth.Format(Bandwidth.MinBitsPerSecond)} to {Bandwidth.Format(Bandwidth.MaxBitsPerSecond)}";
        }

        if (ServerBitsPerS is { } s2 && s2.Count != 1 && s2.Count != Shards)
        {
            return $"{Counts.Of(s2.Count, "parameter-server NIC rate")} for {Counts.Of(Shards, "shard")}: give one for all or one per shard";
        }

        return null;
    }

    /// <summary>How many times as long worker <paramref name="worker"/>'s ops take in a run of <paramref name="workers"/> workers.</summary>
    public double SlowdownOf(int worker, int workers)
    {
        if (WorkerSpeeds is { } speeds)
        {
            return 1 / speeds[worker];
        }

        if (Stragglers is { } slow && worker >= workers - slow.Count)
        {
            return slow.Factor;
        }

        return 1;
    }

    /// <summary>A one-line description of what differs from the profiled setup, for tables and plot titles.</summary>
    public string Describe()
    {
        var parts = new List<string> { Mode.ToString() };
        parts.Add(Mode.HasServer
            ? Shards == 1 ? "1 PS" : $"{Shards} PS shards ({NameOf(Placement)})"
            : string.Create(CultureInfo.InvariantCulture, $"{BucketBytes / 1048576.0:0.##} MiB buckets"));

        // Without a server only P3's priorities order anything (the ring's chunks); the other policies order reads.
        if (Mode.HasServer || Policy == TransmissionPolicy.P3)
        {
            parts.Add($"policy {NameOf(Policy)}" + (Policy == TransmissionPolicy.P3 && Mode.HasServer ? string.Create(CultureInfo.InvariantCulture, $" ({SliceBytes / 1024.0:0.#} KiB slices)") : ""));
        }
        if (Stragglers is { } slow)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Counts.Of(slow.Count, "straggler")} x{slow.Factor:0.##}"));
        }

        if (WorkerSpeeds is not null)
        {
            parts.Add("worker speeds " + string.Join(",", WorkerSpeeds.Select(s => s.ToString("0.##", CultureInfo.InvariantCulture))));
        }

        return string.Join(", ", parts);
    }
}
