using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SgdSim.Calibration;
using SgdSim.Cli.Output;
using SgdSim.Reports;
using SgdSim.Simulation;
using Spectre.Console;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim compare TRACE --workers … --policies …</c>: transmission policies side by side on one trace.</summary>
internal static class CompareCommand
{
    private static readonly TransmissionPolicy[] DefaultPolicies =
        [TransmissionPolicy.TfDefault, TransmissionPolicy.Fifo, TransmissionPolicy.Tic, TransmissionPolicy.Tac, TransmissionPolicy.P3];

    /// <summary>One policy's predictions and their gain over the baseline policy at the same worker count.</summary>
    internal sealed record PolicyResult(TransmissionPolicy Policy, IReadOnlyList<Prediction> Predictions, double[] Gain, bool IsBaseline);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var trace = CommonOptions.TraceArgument();
        var workers = SimulationCliOptions.WorkersOption();
        // --policy as in every other command (a list here, as in sweep); --policies, its first name, still works.
        var policies = new Option<IReadOnlyList<TransmissionPolicy>>("--policy", "--policies")
        {
            Description = "Policies to compare, comma-separated (default tf-default,fifo,tic,tac,p3); gains are over tf-default when listed, else over the first.",
            CustomParser = ParsePolicies,
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Folder for report.html (one page: the policies' plot and table, the calibration), comparison.parquet (a sweep table: one row per worker count and policy) and policies.png.",
        };
        var batch = CommonOptions.Batch();
        var json = CommonOptions.Json();
        var sim = new SimulationCliOptions();
        var command = new Command("compare", """
            Compare transmission policies on one trace: every policy simulated with the same seeds, so the
            differences are the policies' and not the random draws'.

            Examples:
              sgdsim compare traces/pytorch-rpc-mlp --workers 1-8
              sgdsim compare run/ --workers 1,2,4,8,16 --policy tf-default,tic,p3 --slice-bytes 65536 --batch 64
              sgdsim compare run/ --workers 1-16 --mode sync --ps 2 --out policies/
              sgdsim compare run/ --workers 4 --json
            """)
        {
            trace, workers, policies, batch, output, json,
        };
        sim.AddTo(command, except: sim.Policy);
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var tracePath = parse.GetValue(trace)!;
            var model = sim.Calibrate(parse, tracePath);
            var options = sim.Prediction(parse, parse.GetValue(workers)!, model);
            // No default value on the option: help would print it as the enum's names (TfDefault|Fifo|…).
            var list = parse.GetValue(policies) ?? DefaultPolicies;
            var results = Compare(model, options, list, cancellation);
            var batchSize = parse.GetValue(batch);
            IReadOnlyList<string>? files = null;
            if (parse.GetValue(output) is { } folder)
            {
                files = WriteOutputs(folder, tracePath, model, options, results, parse.GetValue(sim.Bandwidth), batchSize, [.. sim.RatesUnderstood(parse)], cancellation);
            }

            if (parse.GetValue(json))
            {
                var root = ToJson(tracePath, options, results, batchSize);
                sim.AddRatesJson(root, parse);
                PredictCommand.AddFilesJson(root, files);
                stdout.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                WriteTable(tracePath, options, results, batchSize, sim.RatesUnderstood(parse), stdout);
                PredictCommand.WriteFiles(files, stdout);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>Predicts every policy with the same seeds and computes each one's gain over the baseline.</summary>
    internal static IReadOnlyList<PolicyResult> Compare(JobModel model, PredictionOptions options, IReadOnlyList<TransmissionPolicy> policies, CancellationToken cancellation)
    {
        var scenario = options.Scenario ?? Scenario.Default;
        var configurations = policies.Select(p => (model, options with { Scenario = scenario with { Policy = p } })).ToArray();
        var predicted = CliConsole.Current.Progress(
            $"Simulating {Counts.Of(policies.Count, "policy", "policies")} x {Counts.Of(options.Workers.Count, "worker count")} x {Counts.Of(options.Replicas, "replica")}",
            [.. policies.SelectMany(_ => PredictCommand.UnitWeights(options))],
            progress => Predictor.PredictAll(configurations, cancellation, progress));
        var baseline = Math.Max(0, policies.ToList().IndexOf(TransmissionPolicy.TfDefault));
        return [.. policies.Select((p, i) => new PolicyResult(p, predicted[i],
            [.. predicted[i].Select((x, k) => (x.ThroughputStepsPerS / predicted[baseline][k].ThroughputStepsPerS) - 1)], i == baseline))];
    }

    private static string BaselineName(IReadOnlyList<PolicyResult> results) => Scenario.NameOf(results.First(r => r.IsBaseline).Policy);

    // "async, 1 PS" or "allreduce, ring": what every policy was compared on.
    private static string Setup(Scenario scenario) => $"{scenario.Mode}, {(scenario.Mode.HasServer ? $"{scenario.Shards} PS" : "ring")}";

    private static IReadOnlyList<string> WriteOutputs(string folder, string tracePath, JobModel model, PredictionOptions options, IReadOnlyList<PolicyResult> results,
        double? bandwidth, int? batch, IReadOnlyList<string> ratesUnderstood, CancellationToken cancellation)
    {
        // The table has the sweep's layout, one row per worker count and policy, so `sgdsim plot --series policy`
        // and a notebook read it as they read a sweep.
        using var staged = CommonOptions.StageOutputFolder(folder);
        var scenario = options.Scenario ?? Scenario.Default;
        var rows = results
            .SelectMany(r => r.Predictions.Select(p => new SweepRow(
                new SweepConfiguration(p.Workers, bandwidth, scenario.Shards, scenario.Placement, r.Policy, scenario.Mode),
                PredictionRow.From(p, batch))))
            .OrderBy(row => row.Configuration)
            .ToArray();
        var run = PredictionRun.Describe(tracePath, options, null, batch);
        new SweepTable(run, options.Replicas, scenario, null, rows)
            .Write(Path.Combine(staged.Path, "comparison.parquet"), cancellation);
        ComparisonPlot.Save(Path.Combine(staged.Path, "policies.png"),
            $"Transmission policies — {CommonOptions.ShortName(tracePath)} ({Setup(scenario)})",
            [.. results.Select(r => ThroughputSeries.Of(Scenario.NameOf(r.Policy), r.Predictions))]);

        // Last, so that it links the files above.
        HtmlReport.Write(staged.Path, new ComparisonReport(run, Setup(scenario), [.. ratesUnderstood, HorizonLine(options), $"gain over {BaselineName(results)}"],
            [.. results.Select(r => new PolicyPredictions(Scenario.NameOf(r.Policy), r.Predictions, r.Gain, r.IsBaseline))],
            PredictCommand.NoteLines(output => WriteNote(options, results, output)), model.Explanation, Explanations.Network(scenario)));
        return staged.Commit();
    }

    private static void WriteTable(string tracePath, PredictionOptions options, IReadOnlyList<PolicyResult> results, int? batch,
        IEnumerable<string> ratesUnderstood, TextWriter output)
    {
        CliConsole.Current.WriteLine(output, $"Transmission policies on {tracePath} ({Setup(options.Scenario ?? Scenario.Default)}); gain over {BaselineName(results)}");
        PredictCommand.WriteIndented(ratesUnderstood, output);
        CliConsole.Current.WriteLine(output, $"  {HorizonLine(options)}");
        output.WriteLine();
        var c = CultureInfo.InvariantCulture;
        var table = new TextTable(
        [
            new("workers", MinWidth: 7), new("policy", Justify.Left, MinWidth: 10), new("steps/s", MinWidth: 8), new("95% CI", Justify.Left), new("gain", MinWidth: 7),
            .. batch is null ? Array.Empty<TextColumn>() : [new TextColumn("samples/s", MinWidth: 9)], new("bottleneck", Justify.Left),
        ])
        {
            KeyColumns = 2,
        };
        for (var k = 0; k < options.Workers.Count; k++)
        {
            foreach (var r in results)
            {
                var p = r.Predictions[k];
                string[] samples = batch is { } b ? [(p.ThroughputStepsPerS * b).ToString("0.0", c)] : [];
                table.AddRow(
                [
                    r == results[0] ? p.Workers.ToString(c) : "", Scenario.NameOf(r.Policy), p.ThroughputStepsPerS.ToString("0.000", c),
                    PredictCommand.Interval(p.Ci95Low, p.Ci95High, 8), r.IsBaseline ? "—" : r.Gain[k].ToString("+0.0%;-0.0%;0.0%", c), .. samples, p.Bottleneck,
                ]);
            }
        }

        table.WriteTo(output);
        WriteNote(options, results, output);
    }

    private static string HorizonLine(PredictionOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"{Counts.Of(options.Replicas, "replica")} x {options.Steps} steps per worker, seed {options.Seed}, the same seeds for every policy");

    private static void WriteNote(PredictionOptions options, IReadOnlyList<PolicyResult> results, TextWriter output)
    {
        if (PredictCommand.NoIntervalNote(options.Replicas, results.SelectMany(r => r.Predictions).Select(p => (p.Ci95Low, p.Ci95High))) is { } note)
        {
            CliConsole.Current.WriteLine(output, note);
        }
    }

    private static JsonObject ToJson(string tracePath, PredictionOptions options, IReadOnlyList<PolicyResult> results, int? batch)
    {
        var array = new JsonArray();
        foreach (var r in results)
        {
            var predictions = PredictCommand.ToJson(r.Predictions, batch);
            for (var k = 0; k < predictions.Count; k++)
            {
                predictions[k]!["gain"] = r.Gain[k];
            }

            array.Add(new JsonObject { ["policy"] = Scenario.NameOf(r.Policy), ["predictions"] = predictions });
        }

        var scenario = options.Scenario ?? Scenario.Default;
        return new JsonObject
        {
            ["trace"] = tracePath,
            ["seed"] = options.Seed,
            ["replicas"] = options.Replicas,
            ["steps_per_worker"] = options.Steps,
            ["mode"] = scenario.Mode.ToString(),
            ["ps_shards"] = scenario.Mode.HasServer ? scenario.Shards : 0,
            ["baseline"] = BaselineName(results),
            ["policies"] = array,
        };
    }

    private static IReadOnlyList<TransmissionPolicy>? ParsePolicies(ArgumentResult result)
    {
        var list = new List<TransmissionPolicy>();
        foreach (var raw in string.Join(",", result.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var policy = SimulationCliOptions.ParsePolicy(result, raw);
            if (result.Errors.Any())
            {
                return null;
            }

            if (!list.Contains(policy))
            {
                list.Add(policy);
            }
        }

        if (list.Count == 0)
        {
            result.AddError("--policy: name at least one policy (measured, tf-default, fifo, tic, tac, p3).");
            return null;
        }

        return list;
    }
}
