using System.CommandLine;
using System.CommandLine.Parsing;
using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Traces;

namespace SgdSim.Cli;

/// <summary>The options of every command that runs the simulator, and the calibrate-then-predict step they share.</summary>
internal sealed class SimulationCliOptions
{
    public Option<double?> Bandwidth { get; } = new("--bandwidth")
    {
        Description = "Nominal NIC rate of every node, e.g. 10Gbps, 300Mbit, 1e9 (bits/s); default: the rate the trace shows.",
        CustomParser = ParseBandwidth,
    };

    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the first replica; the same seed gives the same output.", DefaultValueFactory = _ => 1 };

    public Option<int> Replicas { get; } = new("--replicas")
    {
        Description = "Runs per worker count, each with its own seed, for the mean and its 95% confidence interval.",
        DefaultValueFactory = _ => 10,
    };

    public Option<int> Steps { get; } = new("--steps")
    {
        Description = "Steps each simulated worker completes (the first 4 are warm-up).",
        DefaultValueFactory = _ => 40,
    };

    public Option<string> Durations { get; } = new("--durations")
    {
        Description = "Op durations: 'sample' draws each from the trace's measured ones, 'median' uses the median.",
        DefaultValueFactory = _ => "sample",
    };

    public Option<string> Sharing { get; } = new("--sharing")
    {
        Description = "Network model: 'connection' (each connection sends its messages one at a time, connections share NICs fairly) or 'flow' (every message in flight shares fairly; the textbook fluid model, for comparison).",
        DefaultValueFactory = _ => "connection",
    };

    public Option<int> Warmup { get; } = new("--warmup")
    {
        Description = "Profiled steps to leave out of the calibration, from the first (step 0 is usually cold).",
        DefaultValueFactory = _ => 1,
    };

    public Option<string?> TensorBytes { get; } = CommonOptions.TensorBytes();

    public SimulationCliOptions()
    {
        Durations.AcceptOnlyFromAmong("sample", "median");
        Sharing.AcceptOnlyFromAmong("connection", "flow");
        AtLeast(Replicas, 1);
        AtLeast(Steps, 6);
        AtLeast(Warmup, 0);
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Bandwidth, Replicas, Seed, Steps, Durations, Sharing, Warmup, TensorBytes })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads and calibrates the trace, applying --bandwidth.</summary>
    public JobModel Calibrate(ParseResult parse, string tracePath)
    {
        // The calibration checks that the trace shows a PS job, so the read need not check it first.
        var trace = CommonOptions.ReadTrace(tracePath, parse.GetValue(TensorBytes), requireParameterServerJob: false);
        var warmup = parse.GetValue(Warmup);
        if (warmup > 0 && warmup >= trace.Steps.Count && trace.Steps.Count > 1)
        {
            throw new UsageException($"--warmup {warmup} leaves no step to calibrate from: the trace has {trace.Steps.Count} steps.");
        }

        var model = Calibrator.Calibrate(trace, warmup);
        return parse.GetValue(Bandwidth) is { } bits ? Calibration.Bandwidth.Apply(model, bits) : model;
    }

    public PredictionOptions Prediction(ParseResult parse, IReadOnlyList<int> workers) => new(
        workers,
        parse.GetValue(Replicas),
        parse.GetValue(Seed),
        parse.GetValue(Steps),
        WarmupSteps: 4,
        parse.GetValue(Durations) == "median" ? DurationMode.Median : DurationMode.Sample,
        parse.GetValue(Sharing) == "flow");

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

            if (to > 4096)
            {
                result.AddError($"--workers: {to} workers is more than this simulator runs (4096 at most).");
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

    private static void AtLeast(Option<int> option, int minimum) => option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<int>() < minimum)
        {
            result.AddError($"{option.Name} must be {minimum} or more.");
        }
    });
}
