using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SgdSim.Calibration;
using SgdSim.Cli.Output;
using SgdSim.Cli.Rendering;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Workflows;
using Spectre.Console;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim sweep TRACE --workers … --out DIR</c>: predictions over a grid of cluster setups, resumable and shardable.</summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var trace = CommonOptions.TraceArgument();
        var workers = SimulationCliOptions.WorkersOption();
        var bandwidth = Axis<double?>("--bandwidth", "Nominal NIC rates of every node (b = bits, B = bytes), e.g. 1Gbps,10Gbps,1.25GB/s; 'calibrated' is the rate the trace shows (the default).",
            (r, text) => text.Equals("calibrated", StringComparison.OrdinalIgnoreCase) ? null : Bandwidth.TryParse(text, out var bits, out var error) ? bits : Error<double?>(r, $"--bandwidth: {error}."));
        var shards = Axis("--ps", "Parameter-server shard counts, e.g. 1,2,4 (default 1).",
            (r, text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : Error<int>(r, $"--ps: '{text}' is not a shard count (1 or more)."));
        var placement = Axis("--placement", "Shard placements: round-robin (default), greedy-bytes.", SimulationCliOptions.ParsePlacement);
        var policy = Axis("--policy", "Transmission policies: measured (default), tf-default, fifo, tic, tac, p3.", SimulationCliOptions.ParsePolicy);
        var mode = Axis("--mode", "Training modes: async (default), sync, ssp:S, allreduce.", SimulationCliOptions.ParseMode);
        var output = new Option<string>("--out", "-o")
        {
            Description = $"Folder for {SweepWorkflow.FileName} (with --shard I/N: sweep.part-I-of-N.parquet); a file already there is resumed.",
            Required = true,
        };
        var shard = new Option<SweepShard?>("--shard")
        {
            Description = "I/N: compute only shard I (1 to N) of the grid — the points at positions I, I+N, I+2N, … of its canonical order.",
            CustomParser = ParseShard,
        };
        var all = new Option<bool>("--all")
        {
            Description = $"Print every row on a terminal too: there a sweep of more than {SummaryAbove} rows prints the best of each setup (a pipe, a file and --json get every row).",
        };
        var batch = CommonOptions.Batch();
        var json = CommonOptions.Json();
        var sim = new SimulationCliOptions();
        var command = new Command("sweep", """
            Predict throughput over a grid: every combination of the listed worker counts, link rates, PS shards,
            placements, policies and modes, on all cores. Rows go to DIR/sweep.parquet as they finish; rerunning the
            same command skips the points already there. --shard I/N computes one slice of the grid, for job arrays;
            'sgdsim merge' joins the slices.

            Examples:
              sgdsim sweep traces/pytorch-rpc-mlp --workers 1-64 --bandwidth 1Gbps,10Gbps --policy fifo,tic,p3 --out sweep/
              sgdsim sweep run/ --workers 1-16 --ps 1,2,4 --placement round-robin,greedy-bytes --out sweep/ --shard 2/8
            """)
        {
            trace, workers, bandwidth, shards, placement, policy, mode, output, shard, batch, json, all,
        };
        sim.AddTo(command, sim.Bandwidth, sim.Shards, sim.Placement, sim.Policy, sim.Mode);
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var tracePath = parse.GetValue(trace)!;
            var grid = new SweepGrid(parse.GetValue(workers)!, parse.GetValue(bandwidth) ?? [null], parse.GetValue(shards) ?? [1],
                parse.GetValue(placement) ?? [ShardPlacement.RoundRobin], parse.GetValue(policy) ?? [TransmissionPolicy.Measured], parse.GetValue(mode) ?? [TrainingMode.Async]);
            if (grid.Modes.All(m => !m.HasServer) && new Option[] { shards, placement, sim.ServerBandwidth }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } serverOnly)
            {
                throw new UsageException($"{serverOnly.Name} sets up the parameter server, which --mode {string.Join(",", grid.Modes)} does not have: leave it out.");
            }

            var calibrated = sim.Calibrate(parse, tracePath);
            // The axes' options are not on this command, so the scenario's own values of them are unset: each point sets them.
            var fixedScenario = sim.ScenarioOf(parse) with { Shards = 1, Placement = ShardPlacement.RoundRobin, Policy = TransmissionPolicy.Measured, Mode = TrainingMode.Async };
            var options = sim.Prediction(parse, grid.Workers, calibrated, fixedScenario);
            RefuseImpossibleSetups(grid, fixedScenario, calibrated.ParameterNames.Length);
            var result = SweepWorkflow.Run(new SweepRequest(tracePath, grid, calibrated, options, parse.GetValue(output)!)
            {
                Shard = parse.GetValue(shard),
                Batch = parse.GetValue(batch),
                Rates = sim.Rates(parse),
            }, CliProgress.Instance, cancellation);
            if (parse.GetValue(json))
            {
                CliJson.Write(stdout, result);
            }
            else
            {
                // The rates as understood: each --bandwidth of the grid, then the fixed ones.
                var understood = parse.GetResult(bandwidth) is { Implicit: false } given
                    ? [SimulationCliOptions.RateLine(bandwidth.Name, given, grid.BandwidthBitsPerS), .. sim.RatesUnderstood(parse)]
                    : sim.RatesUnderstood(parse).ToArray();
                WriteText(result, understood, stdout, summarise: !parse.GetValue(all) && CliConsole.Current.Terminal.Interactive && result.PointRows.Count > SummaryAbove);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    // Every shard count with every mode must make a cluster the model can run, at the most workers of the grid.
    private static void RefuseImpossibleSetups(SweepGrid grid, Scenario fixedScenario, int parameters)
    {
        foreach (var point in grid.Shards.SelectMany(s => grid.Modes.Select(m => new SweepConfiguration(grid.Workers.Max(), null, s, ShardPlacement.RoundRobin, TransmissionPolicy.Measured, m))))
        {
            if (point.ScenarioFrom(fixedScenario).Problem(point.Workers, parameters) is { } problem)
            {
                throw new UsageException($"--ps {point.Shards} with --mode {point.Mode}: {problem}.");
            }
        }
    }

    // An axis not given is null (its default, which the grid reads): an option's default value would show in help as
    // the enum's names (RoundRobin), which the parser refuses.
    private static Option<IReadOnlyList<T>> Axis<T>(string name, string description, Func<ArgumentResult, string, T> parse) => new(name)
    {
        Description = description,
        CustomParser = r => [.. string.Join(",", r.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.TrimEntries).Select(text => parse(r, text))],
    };

    private static T Error<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }

    private static SweepShard? ParseShard(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1)
        {
            return Error<SweepShard?>(result, $"--shard: '{text}' is not I/N, shard I of N shards counted from 1 (e.g. 1/4).");
        }

        return index >= 1 && index <= count
            ? new SweepShard(index, count)
            : Error<SweepShard?>(result, $"--shard: {text} names shard {index} of {count}, but shards are numbered 1 to {count}.");
    }

    /// <summary>The most rows a sweep prints on a terminal without --all.</summary>
    internal const int SummaryAbove = 20;

    private static void WriteText(SweepResult s, IEnumerable<string> ratesUnderstood, TextWriter output, bool summarise)
    {
        var run = s.Table.Run;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sweep of {s.Trace}: {Counts.Of(s.Configurations, "configuration")}{(s.Part is { } p ? $" (shard {p} of a grid of {s.GridConfigurations})" : "")}; {Counts.Of(s.Table.Replicas, "replica")} x {run.Steps} steps per worker, seed {run.Seed}"));
        PredictionText.WriteIndented(ratesUnderstood, output);
        output.WriteLine($"  computed {s.Computed}, reused {s.Reused} already in {s.File}");
        output.WriteLine();
        if (summarise)
        {
            WriteBestOfEachSetup(s, output);
            return;
        }

        var batch = run.BatchSize is not null;
        // All-reduce rows have no server: their PS columns show a dash, and a worker-NIC column is added.
        var ring = s.PointRows.Any(row => !row.Configuration.Mode.HasServer);
        var c = CultureInfo.InvariantCulture;
        var table = new TextTable(
        [
            new("workers", MinWidth: 7), new("link", Justify.Left), new("PS"), new("placement", Justify.Left), new("policy", Justify.Left), new("mode", Justify.Left),
            new("steps/s", MinWidth: 8), new("95% CI", Justify.Left), .. batch ? [new TextColumn("samples/s", MinWidth: 9)] : Array.Empty<TextColumn>(),
            new("PS send"), new("PS recv"), .. ring ? [new TextColumn("worker NIC")] : Array.Empty<TextColumn>(), new("compute"), new("bottleneck", Justify.Left),
        ]);
        foreach (var (point, r) in s.PointRows)
        {
            var server = point.Mode.HasServer;
            string[] samples = r.SamplesPerS is { } x ? [x.ToString("0.0", c)] : batch ? [""] : [];
            string[] network = ring ? [r.WorkerNetworkUtilisation.ToString("0%", c)] : [];
            table.AddRow(
            [
                point.Workers.ToString(c), point.BandwidthBitsPerS is { } b ? Bandwidth.Format(b) : "calibrated", server ? point.Shards.ToString(c) : "—",
                Scenario.NameOf(point.Placement), Scenario.NameOf(point.Policy), point.Mode.ToString(), r.ThroughputStepsPerS.ToString("0.000", c),
                PredictionText.Interval(r.Ci95LowStepsPerS, r.Ci95HighStepsPerS), .. samples,
                server ? r.PsSendUtilisation.ToString("0%", c) : "—", server ? r.PsReceiveUtilisation.ToString("0%", c) : "—", .. network,
                r.WorkerComputeShare.ToString("0%", c), r.Bottleneck,
            ]);
        }

        table.WriteTo(output);
        if (PredictionText.NoIntervalNote(s.Table.Replicas, s.PointRows.Select(row => (row.Result.Ci95LowStepsPerS, row.Result.Ci95HighStepsPerS))) is { } note)
        {
            output.WriteLine(note);
        }
    }

    // One row per setup (the grid's point without its worker count), best first: the highest throughput, at how many
    // workers, and what saturates at the most workers; the rows are in the file, and --all or --json print them.
    private static void WriteBestOfEachSetup(SweepResult s, TextWriter output)
    {
        const int shown = 15;
        var c = CultureInfo.InvariantCulture;
        var setups = s.PointRows
            .GroupBy(r => r.Configuration with { Workers = 0 })
            .Select(g => (Setup: g.Key, Best: g.MaxBy(r => r.Result.ThroughputStepsPerS)!, Largest: g.MaxBy(r => r.Configuration.Workers)!))
            .OrderByDescending(x => x.Best.Result.ThroughputStepsPerS)
            .ToArray();
        CliConsole.Current.WriteLine(output, $"  {Counts.Of(s.PointRows.Count, "row")} in {Counts.Of(setups.Length, "setup")}: the best of each{(setups.Length > shown ? $", the {shown} fastest" : "")} (every row: --all, --json, or the file)");
        output.WriteLine();
        var table = new TextTable(
            new TextColumn("link", Justify.Left), new TextColumn("PS"), new TextColumn("placement", Justify.Left), new TextColumn("policy", Justify.Left),
            new TextColumn("mode", Justify.Left), new TextColumn("best steps/s"), new TextColumn("at workers"), new TextColumn("bottleneck at most workers", Justify.Left));
        foreach (var (setup, best, largest) in setups.Take(shown))
        {
            table.AddRow(
                setup.BandwidthBitsPerS is { } b ? Bandwidth.Format(b) : "calibrated", setup.Mode.HasServer ? setup.Shards.ToString(c) : "—",
                Scenario.NameOf(setup.Placement), Scenario.NameOf(setup.Policy), setup.Mode.ToString(),
                best.Result.ThroughputStepsPerS.ToString("0.000", c), best.Configuration.Workers.ToString(c),
                $"{largest.Result.Bottleneck} ({Counts.Of(largest.Configuration.Workers, "worker")})");
        }

        table.WriteTo(output);
        if (setups.Length > shown)
        {
            output.WriteLine($"  … and {Counts.Of(setups.Length - shown, "slower setup")}");
        }

        CliConsole.Current.WriteLine(output, $"  plot them: sgdsim plot {s.File} --series policy (or placement, mode, ps_shards, bandwidth_bits_per_s)");
    }
}
