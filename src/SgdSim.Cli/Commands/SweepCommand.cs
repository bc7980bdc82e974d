using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SgdSim.Calibration;
using SgdSim.Cli.Output;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim sweep TRACE --workers … --out DIR</c>: predictions over a grid of cluster setups, resumable and shardable.</summary>
internal static class SweepCommand
{
    /// <summary>The file a whole sweep (or a merge of its shards) is written to.</summary>
    public const string FileName = "sweep.parquet";

    /// <summary>How often the file is rewritten while points finish.</summary>
    private static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(2);

    /// <summary>The file of shard <paramref name="shard"/>, or of the whole sweep.</summary>
    public static string FileNameOf(SweepShard? shard) =>
        shard is { } s ? string.Create(CultureInfo.InvariantCulture, $"sweep.part-{s.Index}-of-{s.Count}.parquet") : FileName;

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
            Description = $"Folder for {FileName} (with --shard I/N: sweep.part-I-of-N.parquet); a file already there is resumed.",
            Required = true,
        };
        var shard = new Option<SweepShard?>("--shard")
        {
            Description = "I/N: compute only shard I (1 to N) of the grid — the points at positions I, I+N, I+2N, … of its canonical order.",
            CustomParser = ParseShard,
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
            trace, workers, bandwidth, shards, placement, policy, mode, output, shard, batch, json,
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
            foreach (var point in grid.Shards.SelectMany(s => grid.Modes.Select(m => new SweepConfiguration(grid.Workers.Max(), null, s, ShardPlacement.RoundRobin, TransmissionPolicy.Measured, m))))
            {
                if (point.ScenarioFrom(fixedScenario).Problem(point.Workers, calibrated.ParameterNames.Length) is { } problem)
                {
                    throw new UsageException($"--ps {point.Shards} with --mode {point.Mode}: {problem}.");
                }
            }

            var models = grid.BandwidthBitsPerS.Distinct().ToDictionary(b => b ?? 0, b => b is { } bits ? Bandwidth.Apply(calibrated, bits) : calibrated);
            var folder = parse.GetValue(output)!;
            CommonOptions.CreateOutputFolder(folder);
            var part = parse.GetValue(shard);
            var path = Path.Combine(folder, FileNameOf(part));
            var fresh = new SweepTable(PredictionRun.Describe(tracePath, options, null, parse.GetValue(batch)), options.Replicas, fixedScenario, part, []);
            var start = SweepRunner.Resume(path, fresh);
            var points = part is { } p ? grid.Shard(p.Index, p.Count) : grid.Configurations();
            var reused = start.Rows.Select(r => r.Configuration).Intersect(points).Count();
            var runs = (points.Count - reused) * options.Replicas;
            var table = CliConsole.Current.Progress($"Sweeping {Counts.Of(points.Count - reused, "configuration")} x {Counts.Of(options.Replicas, "replica")}", runs,
                progress => SweepRunner.Run(start, points, b => models[b ?? 0], options, path, SaveEvery, cancellation, progress));

            var wanted = points.ToHashSet();
            var rows = table.Rows.Where(r => wanted.Contains(r.Configuration)).ToArray();
            var summary = new Summary(tracePath, path, part, grid.Configurations().Count, points.Count, points.Count - reused, reused, table, rows);
            if (parse.GetValue(json))
            {
                var root = ToJson(summary);
                sim.AddRatesJson(root, parse);
                stdout.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                // The rates as understood: each --bandwidth of the grid, then the fixed ones.
                var understood = parse.GetResult(bandwidth) is { Implicit: false } given
                    ? [SimulationCliOptions.RateLine(bandwidth.Name, given, grid.BandwidthBitsPerS), .. sim.RatesUnderstood(parse)]
                    : sim.RatesUnderstood(parse).ToArray();
                WriteText(summary, understood, stdout);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private sealed record Summary(string TracePath, string File, SweepShard? Shard, int GridPoints, int Points, int Computed, int Reused, SweepTable Table, SweepRow[] Rows);

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

    private static void WriteText(Summary s, IEnumerable<string> ratesUnderstood, TextWriter output)
    {
        var run = s.Table.Run;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sweep of {s.TracePath}: {Counts.Of(s.Points, "configuration")}{(s.Shard is { } p ? $" (shard {p} of a grid of {s.GridPoints})" : "")}; {Counts.Of(s.Table.Replicas, "replica")} x {run.Steps} steps per worker, seed {run.Seed}"));
        PredictCommand.WriteIndented(ratesUnderstood, output);
        output.WriteLine($"  computed {s.Computed}, reused {s.Reused} already in {s.File}");
        output.WriteLine();
        var batch = run.BatchSize is not null;
        // All-reduce rows have no server: their PS columns show a dash, and a worker-NIC column is added.
        var ring = s.Rows.Any(row => !row.Configuration.Mode.HasServer);
        output.WriteLine($"  workers  link            PS  placement     policy      mode         steps/s   95% CI             {(batch ? "samples/s   " : "")}PS send   PS recv   {(ring ? "worker NIC   " : "")}compute   bottleneck");
        foreach (var (c, r) in s.Rows)
        {
            var link = c.BandwidthBitsPerS is { } b ? Bandwidth.Format(b) : "calibrated";
            var samples = r.SamplesPerS is { } x ? string.Create(CultureInfo.InvariantCulture, $"{x,9:0.0}   ") : "";
            var server = c.Mode.HasServer;
            var (shards, send, receive) = server
                ? (c.Shards.ToString(CultureInfo.InvariantCulture), r.PsSendUtilisation.ToString("0%", CultureInfo.InvariantCulture), r.PsReceiveUtilisation.ToString("0%", CultureInfo.InvariantCulture))
                : ("—", "—", "—");
            var network = ring ? string.Create(CultureInfo.InvariantCulture, $"{r.WorkerNetworkUtilisation,10:0%}   ") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {c.Workers,7}  {link,-14}  {shards,2}  {Scenario.NameOf(c.Placement),-12}  {Scenario.NameOf(c.Policy),-10}  {c.Mode,-10}  {r.ThroughputStepsPerS,8:0.000}   {PredictCommand.Interval(r.Ci95LowStepsPerS, r.Ci95HighStepsPerS)}   {samples}{send,7}   {receive,7}   {network}{r.WorkerComputeShare,7:0%}   {r.Bottleneck}"));
        }

        if (PredictCommand.NoIntervalNote(s.Table.Replicas, s.Rows.Select(row => (row.Result.Ci95LowStepsPerS, row.Result.Ci95HighStepsPerS))) is { } note)
        {
            output.WriteLine(note);
        }
    }

    private static JsonObject ToJson(Summary s)
    {
        var rows = new JsonArray();
        foreach (var (c, r) in s.Rows)
        {
            var row = new JsonObject
            {
                ["workers"] = c.Workers,
                ["bandwidth_bits_per_s"] = c.BandwidthBitsPerS,
                ["ps_shards"] = c.Shards,
                ["placement"] = Scenario.NameOf(c.Placement),
                ["policy"] = Scenario.NameOf(c.Policy),
                ["mode"] = c.Mode.ToString(),
                ["throughput_steps_per_s"] = r.ThroughputStepsPerS,
                ["ci95"] = PredictCommand.RangeJson(r.Ci95LowStepsPerS, r.Ci95HighStepsPerS),
            };
            if (r.SamplesPerS is { } samples)
            {
                row["samples_per_s"] = samples;
            }

            row["ps_send_utilisation"] = r.PsSendUtilisation;
            row["ps_receive_utilisation"] = r.PsReceiveUtilisation;
            row["worker_compute_share"] = r.WorkerComputeShare;
            row["worker_network_utilisation"] = r.WorkerNetworkUtilisation;
            row["bottleneck"] = r.Bottleneck;
            rows.Add(row);
        }

        return new JsonObject
        {
            ["trace"] = s.TracePath,
            ["file"] = s.File,
            ["shard"] = s.Shard?.ToString(),
            ["grid_configurations"] = s.GridPoints,
            ["configurations"] = s.Points,
            ["computed"] = s.Computed,
            ["reused"] = s.Reused,
            ["seed"] = s.Table.Run.Seed,
            ["replicas"] = s.Table.Replicas,
            ["steps_per_worker"] = s.Table.Run.Steps,
            ["rows"] = rows,
        };
    }
}
