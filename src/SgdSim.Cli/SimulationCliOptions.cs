using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Simulation.Network;
using SgdSim.Simulation.Policies;
using SgdSim.Traces;
using SgdSim.Workflows;
using static SgdSim.Cli.OptionParsing;

namespace SgdSim.Cli;

/// <summary>The options of every command that runs the simulator, and the calibrate-then-predict step they share.</summary>
internal sealed class SimulationCliOptions
{
    public Option<double?> Bandwidth { get; } = new("--bandwidth")
    {
        Description = "Nominal NIC rate of every node with a unit, b = bits and B = bytes: 10Gbit/s, 10Gbps, 1.25GB/s, 300Mbit; default: the rate the trace shows.",
        CustomParser = ParseBandwidth,
    };

    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the first replica; the same seed gives the same output.", DefaultValueFactory = _ => 1 };

    public Option<int> Replicas { get; } = new("--replicas")
    {
        Description = "A fixed horizon: runs per worker count, each with its own seed, for the mean and its 95% confidence interval (10 when only --steps is given). Without --replicas and --steps, runs are added until --precision is met.",
        DefaultValueFactory = _ => 10,
    };

    public Option<int> Steps { get; } = new("--steps")
    {
        Description = "A fixed horizon: steps each simulated worker completes (the first 4 are warm-up; 40 when only --replicas is given). Without --replicas and --steps, runs are added until --precision is met.",
        DefaultValueFactory = _ => 40,
    };

    public Option<double> Precision { get; } = new("--precision")
    {
        Description = "Simulate until the 95% confidence interval of the mean is within this share of it (0.01 = ±1%); the default, unless --steps or --replicas fix the horizon.",
        DefaultValueFactory = _ => 0.01,
    };

    public Option<double> RunSeconds { get; } = new("--run-seconds")
    {
        Description = "Length of the real run whose spread the run range shows, seconds (10).",
        DefaultValueFactory = _ => PredictionOptions.DefaultRunSeconds,
    };

    public Option<string> Durations { get; } = new("--durations")
    {
        Description = "Op durations: 'sample' draws each from the trace's measured ones, 'median' uses the median.",
        DefaultValueFactory = _ => "sample",
    };

    public Option<string> Sharing { get; } = new("--sharing")
    {
        Description = "Network model: 'tcp' (each connection sends its messages one at a time; connections share NICs as measured on TCP: unevenly, and a node receiving from several sends slower; default), 'fair' (connections share NICs evenly) or 'flow' (every message in flight shares evenly; the textbook fluid model). 'connection' is 'fair'.",
        DefaultValueFactory = _ => "tcp",
    };

    public Option<ShareSpread> ShareSpreads { get; } = new("--share-spread")
    {
        Description = "With --sharing tcp: SEND,RECEIVE — how unevenly connections split the NIC they send from and the NIC they send into (σ of log-normal weights drawn per busy period; 0 = evenly). Default 0.08,0.12, measured on TCP.",
        CustomParser = ParseShareSpread,
        DefaultValueFactory = _ => Scenario.DefaultSharing,
    };

    public Option<ReverseQueueing> ReverseShares { get; } = new("--reverse-queueing")
    {
        Description = "With --sharing tcp: the share of a node's sending rate left while 2, 3, … connections send into it (its acknowledgements queue behind their data), e.g. 0.84,0.54,0.39 (the default, measured on TCP); 1 = no slowdown.",
        CustomParser = ParseReverseQueueing,
        DefaultValueFactory = _ => Scenario.DefaultReverseQueueing,
    };

    public Option<int> Warmup { get; } = new("--warmup")
    {
        Description = "Profiled steps to leave out of the calibration, from the first (step 0 is usually cold).",
        DefaultValueFactory = _ => 1,
    };

    public Option<string?> TensorBytes { get; } = CommonOptions.TensorBytes();

    public Option<TransmissionPolicy> Policy { get; } = new("--policy")
    {
        Description = "Order of waiting transfers: measured (replay the trace's order; default), tf-default (random), fifo, tic, tac, p3 (sliced, by priority).",
        CustomParser = r => ParsePolicy(r, r.Tokens[0].Value),
        DefaultValueFactory = _ => TransmissionPolicy.Measured,
    };

    public Option<long> SliceBytes { get; } = new("--slice-bytes")
    {
        Description = "Slice size of the p3 policy, bytes (default 262144 = 256 KiB).",
        DefaultValueFactory = _ => Scenario.DefaultSliceBytes,
    };

    public Option<long> BucketBytes { get; } = new("--bucket-bytes")
    {
        Description = "All-reduce bucket size, bytes: gradients are reduced together in buckets of at least this size (default 26214400 = 25 MiB; 1 = each alone).",
        DefaultValueFactory = _ => Scenario.DefaultBucketBytes,
    };

    public Option<int> Shards { get; } = ShardsOption();

    public Option<ShardPlacement> Placement { get; } = PlacementOption();

    public Option<TrainingMode> Mode { get; } = new("--mode")
    {
        Description = "Training mode: async (default), sync, ssp:S (at most S steps ahead of the slowest) or allreduce (ring, no PS).",
        CustomParser = r => ParseMode(r, r.Tokens[0].Value),
        DefaultValueFactory = _ => TrainingMode.Async,
    };

    public Option<IReadOnlyList<double>?> WorkerSpeeds { get; } = new("--worker-speed")
    {
        Description = "Relative compute speed of each worker, e.g. 1,1,0.5 (0.5 = half as fast); one per worker.",
        CustomParser = r => ParseNumbers(r, "--worker-speed"),
    };

    public Option<Stragglers?> Stragglers { get; } = new("--stragglers")
    {
        Description = "COUNT:FACTOR — the last COUNT workers' ops take FACTOR times as long, e.g. 1:2.",
        CustomParser = ParseStragglers,
    };

    public Option<IReadOnlyList<double>?> WorkerBandwidth { get; } = new("--worker-bandwidth")
    {
        Description = "Nominal NIC rate of the workers (b = bits, B = bytes): one for all or one per worker, e.g. 1Gbps or 10Gbps,10Gbps,1.25GB/s.",
        CustomParser = r => ParseRates(r, "--worker-bandwidth"),
    };

    public Option<IReadOnlyList<double>?> ServerBandwidth { get; } = new("--ps-bandwidth")
    {
        Description = "Nominal NIC rate of the parameter-server shards (b = bits, B = bytes): one for all or one per shard, e.g. 25Gbps.",
        CustomParser = r => ParseRates(r, "--ps-bandwidth"),
    };

    /// <summary>The most runs per worker count --replicas asks for.</summary>
    public const int MaxReplicas = 10_000;

    /// <summary>The most steps per worker --steps asks for (the stopping rule goes to 2,000,000 in all).</summary>
    public const int MaxSteps = 10_000_000;

    /// <summary>The most workers simulated.</summary>
    public const int MaxWorkers = Predictor.MaxWorkers;

    public SimulationCliOptions()
    {
        OneOf(Durations, "sample", "median");
        OneOf(Sharing, "tcp", "fair", "connection", "flow");
        Bounded(Replicas, n => n is >= 1 and <= MaxReplicas, $"1 to {MaxReplicas}");
        Bounded(Steps, n => n is >= 6 and <= MaxSteps, $"6 to {MaxSteps}");
        AtLeast(Warmup, 0);
        // Below 0.0001 the stopping rule's cap of steps comes first, after minutes, whatever the job.
        Bounded(Precision, p => p is >= 0.0001 and < 1, "a share of the mean from 0.0001 to under 1, e.g. 0.01 for ±1%");
        Bounded(RunSeconds, s => s is > 0 and < 1e6, "a positive number of seconds, e.g. 10");
        Bounded(SliceBytes, n => n is >= 1 and <= Scenario.MaxChunkBytes, $"1 to {Scenario.MaxChunkBytes} bytes (1 TiB)");
        Bounded(BucketBytes, n => n is >= 1 and <= Scenario.MaxChunkBytes, $"1 to {Scenario.MaxChunkBytes} bytes (1 TiB)");

        // Tab completion offers the names the parsers accept, not the enums' member names.
        Policy.CompletionSources.Clear();
        Policy.CompletionSources.Add([.. TransferPolicies.Names]);
        Placement.CompletionSources.Clear();
        Placement.CompletionSources.Add([.. Enum.GetValues<ShardPlacement>().Select(Scenario.NameOf)]);
        Mode.CompletionSources.Add("async", "sync", "ssp:", "allreduce");
    }

    /// <summary>Adds the options to <paramref name="command"/>, leaving out <paramref name="except"/> (which the command
    /// asks for its own way, as sweep asks for lists); an option left out reads as its type's default.</summary>
    public void AddTo(Command command, params Option[] except)
    {
        foreach (var option in new Option[]
        {
            Bandwidth, Replicas, Seed, Steps, Durations, Sharing, Warmup, TensorBytes,
            Policy, SliceBytes, BucketBytes, Shards, Placement, Mode, WorkerSpeeds, Stragglers, WorkerBandwidth, ServerBandwidth,
            ShareSpreads, ReverseShares,
        })
        {
            if (!except.Contains(option))
            {
                command.Options.Add(option);
            }
        }

        // Refused before the trace is read, naming the options as they were typed.
        command.Validators.Add(result =>
        {
            if (result.GetResult(WorkerSpeeds) is { Implicit: false } && result.GetResult(Stragglers) is { Implicit: false })
            {
                result.AddError("--worker-speed and --stragglers cannot be used together: give each worker's speed, or the stragglers, not both.");
            }

            // A mode without a parameter server (all-reduce) would ignore the options that shape the server.
            if (result.GetResult(Mode) is { Implicit: false, Tokens: [var mode] }
                && TrainingMode.TryParse(mode.Value, out var parsed, out _) && !parsed.HasServer
                && ServerOnly(result).FirstOrDefault() is { } option)
            {
                result.AddError($"{option.Name} {string.Join(",", result.GetResult(option)!.Tokens.Select(t => t.Value))} sets up the parameter server, which --mode {mode.Value} does not have: leave it out.");
            }
        });
    }

    // The options given that only a parameter server uses, of those the command has.
    private IEnumerable<Option> ServerOnly(SymbolResult result) =>
        new Option[] { Shards, Placement, ServerBandwidth }.Where(o => result.GetResult(o) is { Implicit: false });

    /// <summary>Adds --precision and --run-seconds, the stopping rule that replaces a fixed horizon unless --steps or
    /// --replicas are given (which then fix it, as before), to <paramref name="command"/>.</summary>
    public void AddStoppingRuleTo(Command command)
    {
        command.Options.Add(Precision);
        command.Options.Add(RunSeconds);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Precision) is { Implicit: false } && FixedHorizon(result))
            {
                result.AddError("--precision sets when to stop simulating; --steps and --replicas fix the horizon instead: give one or the other.");
            }
        });
    }

    /// <summary>Reads and calibrates the trace, applying --bandwidth.</summary>
    public JobModel Calibrate(ParseResult parse, string tracePath)
    {
        // The calibration checks that the trace shows a PS job, so the read need not check it first.
        var trace = CommonOptions.ReadTrace(tracePath, parse.GetValue(TensorBytes), requireParameterServerJob: false);
        var warmup = parse.GetValue(Warmup);
        if (warmup > 0 && warmup >= trace.Steps.Count && trace.Steps.Count > 1)
        {
            throw new UsageException($"--warmup {warmup} leaves no step to calibrate from: the trace has {Counts.Of(trace.Steps.Count, "step")}.");
        }

        var model = Calibrator.Calibrate(trace, warmup);
        return parse.GetValue(Bandwidth) is { } bits ? Calibration.Bandwidth.Apply(model, bits) : model;
    }

    /// <summary>The prediction the options ask for (with <paramref name="scenario"/> instead of the options' own, when
    /// given); refuses a scenario that does not fit the model or the worker counts.</summary>
    public PredictionOptions Prediction(ParseResult parse, IReadOnlyList<int> workers, JobModel model, Scenario? scenario = null)
    {
        scenario ??= ScenarioOf(parse);
        if (scenario.Problem(workers.Max(), model.ParameterNames.Length) is { } problem)
        {
            throw new UsageException(problem + ".");
        }

        // A range of worker counts may start below the stragglers' count (all are slow there), but not end below it.
        if (scenario.Stragglers is { } slow && slow.Count > workers.Max())
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--stragglers {slow.Count}:{slow.Factor} slows the last {Counts.Of(slow.Count, "worker")}, but at most {Counts.Of(workers.Max(), "worker")} run: it names a worker that does not exist (give a count of at most {workers.Max()})."));
        }

        if (scenario.WorkerSpeeds is { } speeds && speeds.Count > workers.Max())
        {
            throw new UsageException($"{Counts.Of(speeds.Count, "worker speed")} for at most {Counts.Of(workers.Max(), "worker")}: give one per worker.");
        }

        // The stopping rule only where the command offers it (predict, validate), and not when the horizon is fixed.
        var stopping = parse.GetResult(Precision) is not null && !FixedHorizon(parse.CommandResult);
        return new(
            workers,
            parse.GetValue(Replicas),
            parse.GetValue(Seed),
            parse.GetValue(Steps),
            WarmupSteps: 4,
            parse.GetValue(Durations) == "median" ? DurationMode.Median : DurationMode.Sample,
            parse.GetValue(Sharing) == "flow",
            scenario)
        {
            Until = stopping ? new StoppingRule(parse.GetValue(Precision)) : null,
            RunSeconds = parse.GetResult(RunSeconds) is null ? PredictionOptions.DefaultRunSeconds : parse.GetValue(RunSeconds),
        };
    }

    private bool FixedHorizon(SymbolResult result) =>
        result.GetResult(Steps) is { Implicit: false } || result.GetResult(Replicas) is { Implicit: false };

    /// <summary>The scenario options as given (not yet checked against a model).</summary>
    public Scenario ScenarioOf(ParseResult parse) => new()
    {
        Policy = parse.GetValue(Policy),
        SliceBytes = parse.GetValue(SliceBytes),
        BucketBytes = parse.GetValue(BucketBytes),
        Shards = parse.GetValue(Shards),
        Placement = parse.GetValue(Placement),
        Mode = parse.GetValue(Mode),
        WorkerSpeeds = parse.GetValue(WorkerSpeeds),
        Stragglers = parse.GetValue(Stragglers),
        WorkerBitsPerS = parse.GetValue(WorkerBandwidth),
        ServerBitsPerS = parse.GetValue(ServerBandwidth),
        Sharing = parse.GetValue(Sharing) == "tcp" ? parse.GetValue(ShareSpreads) : ShareSpread.Fair,
        Reverse = parse.GetValue(Sharing) == "tcp" ? parse.GetValue(ReverseShares)! : ReverseQueueing.None,
    };

    /// <summary>How the NIC rates given (--bandwidth, --worker-bandwidth, --ps-bandwidth, those of them the command
    /// has) were understood, one line each as typed and in bits/s and bytes/s: <c>--bandwidth 1GB/s: 8 Gbit/s = 1 GB/s
    /// nominal</c>. None when no rate was given.</summary>
    public IEnumerable<string> RatesUnderstood(ParseResult parse)
    {
        foreach (var (option, rates) in RatesGiven(parse))
        {
            yield return RateLine(option.Name, parse.GetResult(option)!, rates);
        }
    }

    /// <summary>One line saying how the rates of <paramref name="result"/> were read: as typed, then in bits/s and bytes/s.</summary>
    public static string RateLine(string name, OptionResult result, IEnumerable<double?> rates) =>
        $"{name} {string.Join(",", result.Tokens.Select(t => t.Value))}: {string.Join(", ", rates.Select(r => r is { } bits ? Calibration.Bandwidth.FormatBoth(bits) : "calibrated"))} nominal";

    /// <summary>The nominal NIC rates given, in bits per second (null where not given, or where the command has no
    /// such option): --bandwidth, --worker-bandwidth and --ps-bandwidth.</summary>
    public NominalRates Rates(ParseResult parse)
    {
        var options = parse.CommandResult.Command.Options;
        return new(
            options.Contains(Bandwidth) ? parse.GetValue(Bandwidth) : null,
            options.Contains(WorkerBandwidth) ? parse.GetValue(WorkerBandwidth) : null,
            options.Contains(ServerBandwidth) ? parse.GetValue(ServerBandwidth) : null);
    }

    private IEnumerable<(Option Option, IEnumerable<double?> Rates)> RatesGiven(ParseResult parse)
    {
        if (parse.GetResult(Bandwidth) is { Implicit: false } && parse.GetValue(Bandwidth) is { } bits)
        {
            yield return (Bandwidth, [bits]);
        }

        foreach (var option in new[] { WorkerBandwidth, ServerBandwidth })
        {
            if (parse.GetResult(option) is { Implicit: false } && parse.GetValue(option) is { } rates)
            {
                yield return (option, rates.Select(r => (double?)r));
            }
        }
    }

    /// <summary>--ps: the number of parameter-server shards (1 or more).</summary>
    public static Option<int> ShardsOption()
    {
        var option = new Option<int>("--ps")
        {
            Description = "Parameter-server shards, each with its own NIC and executor (default 1).",
            DefaultValueFactory = _ => 1,
        };
        AtLeast(option, 1);
        return option;
    }

    /// <summary>--placement: how parameters are spread over the shards.</summary>
    public static Option<ShardPlacement> PlacementOption() => new("--placement")
    {
        Description = "How parameters go to shards: round-robin (TensorFlow's default) or greedy-bytes (fewest bytes first).",
        CustomParser = r => ParsePlacement(r, r.Tokens[0].Value),
        DefaultValueFactory = _ => ShardPlacement.RoundRobin,
    };

    /// <summary>Parses a policy name for <paramref name="result"/>, reporting an unknown one.</summary>
    public static TransmissionPolicy ParsePolicy(ArgumentResult result, string text)
    {
        if (Scenario.TryParsePolicy(text, out var policy))
        {
            return policy;
        }

        result.AddError($"{NameOf(result)}: '{text}' is not a policy ({string.Join(", ", TransferPolicies.Names)}).");
        return default;
    }

    /// <summary>Parses a training mode for <paramref name="result"/>, reporting a bad one.</summary>
    public static TrainingMode ParseMode(ArgumentResult result, string text)
    {
        if (TrainingMode.TryParse(text, out var mode, out var error))
        {
            return mode;
        }

        result.AddError($"{NameOf(result)}: {error}.");
        return default;
    }

    /// <summary>Parses a placement name for <paramref name="result"/>, reporting an unknown one.</summary>
    public static ShardPlacement ParsePlacement(ArgumentResult result, string text)
    {
        if (Scenario.TryParsePlacement(text, out var placement))
        {
            return placement;
        }

        result.AddError($"{NameOf(result)}: '{text}' is not a placement (round-robin, greedy-bytes).");
        return default;
    }

    // SEND,RECEIVE, or one value for both; each a σ from 0 to 3.
    private static ShareSpread ParseShareSpread(ArgumentResult result)
    {
        var text = string.Join(",", result.Tokens.Select(t => t.Value));
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts.Length > 2 || !double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !(values[i] >= 0 && values[i] <= 3))
            {
                result.AddError($"--share-spread: '{text}' is not SEND,RECEIVE (or one value for both), each a spread from 0 to 3 (e.g. 0.08,0.12; 0 = evenly).");
                return default;
            }
        }

        return new ShareSpread(values[0], values[^1]);
    }

    // Shares above 0 and at most 1, for 2, 3, … connections into a node; a lone 1 turns the slowdown off.
    private static ReverseQueueing ParseReverseQueueing(ArgumentResult result)
    {
        var text = string.Join(",", result.Tokens.Select(t => t.Value));
        var shares = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || !(share > 0 && share <= 1))
            {
                result.AddError($"--reverse-queueing: '{text}' is not a list of shares above 0 and at most 1, for 2, 3, … connections into a node (e.g. 0.84,0.54,0.39; 1 = no slowdown).");
                return ReverseQueueing.None;
            }

            shares.Add(share);
        }

        return shares.All(v => v == 1) ? ReverseQueueing.None : new ReverseQueueing(shares);
    }

    private static IReadOnlyList<double>? ParseNumbers(ArgumentResult result, string name)
    {
        var values = new List<double>();
        foreach (var raw in string.Join(",", result.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !Scenario.SpeedInRange(value))
            {
                result.AddError($"{name}: '{raw}' is not a number from 0.001 to 1000.");
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    private static IReadOnlyList<double>? ParseRates(ArgumentResult result, string name)
    {
        var values = new List<double>();
        foreach (var raw in string.Join(",", result.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Calibration.Bandwidth.TryParse(raw, out var bits, out var error))
            {
                result.AddError($"{name}: {error}.");
                return null;
            }

            values.Add(bits);
        }

        return values;
    }

    private static Stragglers? ParseStragglers(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0
            && int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && double.TryParse(text.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var factor)
            && Scenario.SpeedInRange(factor))
        {
            return new Stragglers(count, factor);
        }

        result.AddError($"--stragglers: '{text}' is not COUNT:FACTOR with a count of 0 or more and a factor from 0.001 to 1000 (e.g. 1:2).");
        return null;
    }

    /// <summary>--workers: the worker counts to simulate (required).</summary>
    public static Option<IReadOnlyList<int>> WorkersOption() => new("--workers", "-n")
    {
        Description = "Worker counts: a list (1,2,4,8), a range (1-16) or both (1-4,8,16).",
        Required = true,
        CustomParser = ParseWorkers,
    };

    /// <summary>Parses <c>1,2,4,8</c>, <c>1-16</c> or a mix (<c>1-4,8,16</c>) into distinct ascending worker counts.</summary>
    public static IReadOnlyList<int>? ParseWorkers(ArgumentResult result)
    {
        var text = string.Join(",", result.Tokens.Select(t => t.Value));
        var counts = new SortedSet<int>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var dash = raw.Length > 1 ? raw.IndexOf('-', 1) : -1;
            int from, to;
            bool ok;
            if (dash > 0)
            {
                ok = int.TryParse(raw[..dash], out from) & int.TryParse(raw[(dash + 1)..], out to) && from <= to;
            }
            else
            {
                ok = int.TryParse(raw, out from);
                to = from;
            }

            if (!ok)
            {
                result.AddError($"--workers: '{raw}' is not a worker count or range (examples: 4, 1,2,4,8, 1-16).");
                return null;
            }

            if (from < 1)
            {
                result.AddError($"--workers: {from} is not a worker count; counts start at 1.");
                return null;
            }

            if (to > MaxWorkers)
            {
                result.AddError($"--workers: {to} workers is more than this simulator runs ({MaxWorkers} at most).");
                return null;
            }

            for (var n = from; n <= to; n++)
            {
                counts.Add(n);
            }
        }

        return [.. counts];
    }

    private static double? ParseBandwidth(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(" ", result.Tokens.Select(t => t.Value));
        if (Calibration.Bandwidth.TryParse(text, out var bits, out var error))
        {
            return bits;
        }

        result.AddError($"--bandwidth: {error}.");
        return null;
    }
}
