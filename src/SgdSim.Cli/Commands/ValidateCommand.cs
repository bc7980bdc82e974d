using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SgdSim.Analysis;
using SgdSim.Cli.Output;
using SgdSim.Reports;
using SgdSim.Simulation;
using Spectre.Console;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim validate TRACE --measured CSV</c>: predictions against measurements of the same job.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var trace = CommonOptions.TraceArgument();
        var measured = new Option<string>("--measured", "-m")
        {
            Description = "CSV of measured throughput: workers,throughput_steps_per_s[,sd_steps_per_s,min_steps_per_s,max_steps_per_s,runs].",
            Required = true,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for validation.png (both curves) and predictions.parquet." };
        var workers = SimulationCliOptions.WorkersOption();
        workers.Required = false;
        workers.Description = "Worker counts of the measurement file to compare (default: all it lists): a list (1,2,4,8), a range (1-16) or both.";
        var batch = CommonOptions.Batch();
        var json = CommonOptions.Json();
        var sim = new SimulationCliOptions();
        var command = new Command("validate", """
            Predict every worker count a measurement file lists and compare: error per N, MAPE, worst error.

            Examples:
              sgdsim validate traces/measured/mlp-b32-200mbit/trace --measured traces/measured/mlp-b32-200mbit/measured.csv
              sgdsim validate run/ --measured measured.csv --bandwidth 1Gbps --out validation/
              sgdsim validate run/ --measured measured.csv --json
            """)
        {
            trace, measured, workers, batch, output, json,
        };
        sim.AddTo(command);
        sim.AddStoppingRuleTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var points = MeasuredThroughput.Read(parse.GetValue(measured)!);
            if (parse.GetValue(workers) is { } wanted)
            {
                var missing = wanted.Except(points.Select(p => p.Workers)).ToArray();
                if (missing.Length > 0)
                {
                    throw new UsageException($"--workers: {parse.GetValue(measured)} has no measurement at {string.Join(", ", missing)} worker{(missing is [1] ? "" : "s")}.");
                }

                points = [.. points.Where(p => wanted.Contains(p.Workers))];
            }

            var batchSize = parse.GetValue(batch);
            var tracePath = parse.GetValue(trace)!;
            var model = sim.Calibrate(parse, tracePath);
            var options = sim.Prediction(parse, [.. points.Select(p => p.Workers).Distinct().Order()], model);
            var outcome = Validation.Run(model, options, points, () => PredictCommand.Simulate(model, options, cancellation), cancellation);
            var (predictions, report, launched) = (outcome.Predictions, outcome.Report, outcome.Launched);
            double bound(int n) => outcome.NaiveBound[n];

            IReadOnlyList<string>? files = null;
            if (parse.GetValue(output) is { } folder)
            {
                files = PredictCommand.WriteTableAndPlot(folder, "validation.png", "Predicted vs measured", tracePath, options, predictions,
                    parse.GetValue(sim.Bandwidth), batchSize, points, cancellation);
            }

            if (parse.GetValue(json))
            {
                // The measured spread goes with each row, so a report can put the runs beside the prediction's interval.
                var runsByWorkers = points.ToDictionary(p => p.Workers, p => p.Runs);
                var rows = new JsonArray();
                foreach (var r in report.Rows)
                {
                    rows.Add(new JsonObject
                    {
                        ["workers"] = r.Workers,
                        ["measured_steps_per_s"] = r.MeasuredStepsPerS,
                        ["measured_sd_steps_per_s"] = r.MeasuredSdStepsPerS,
                        ["measured_min_steps_per_s"] = r.MeasuredMinStepsPerS,
                        ["measured_max_steps_per_s"] = r.MeasuredMaxStepsPerS,
                        ["measured_runs"] = runsByWorkers[r.Workers],
                        ["predicted_steps_per_s"] = r.PredictedStepsPerS,
                        ["predicted_samples_per_s"] = batchSize is { } b ? r.PredictedStepsPerS * b : null,
                        ["ci95"] = PredictCommand.RangeJson(r.Ci95LowStepsPerS, r.Ci95HighStepsPerS),
                        ["run_range95"] = PredictCommand.RangeJson(r.RunRange95LowStepsPerS ?? double.NaN, r.RunRange95HighStepsPerS ?? double.NaN),
                        ["measured_runs_in_run_range95"] = r.MeasuredRunsInRunRange95,
                        ["error_pct"] = r.ErrorPct,
                        ["naive_bound_steps_per_s"] = bound(r.Workers),
                        ["launched_together"] = new JsonObject
                        {
                            ["mean_steps_per_s"] = NullIfNaN(launched[r.Workers].MeanStepsPerS),
                            ["range95"] = PredictCommand.RangeJson(launched[r.Workers].Low, launched[r.Workers].High),
                            ["error_pct"] = NullIfNaN(outcome.LaunchedErrorPct[r.Workers]),
                            ["runs_kept"] = launched[r.Workers].Kept,
                            ["runs_dropped"] = launched[r.Workers].Dropped,
                        },
                    });
                }

                var root = new JsonObject
                {
                    ["trace"] = tracePath,
                    ["measured"] = parse.GetValue(measured),
                };
                PredictCommand.AddHorizonJson(root, options);
                sim.AddRatesJson(root, parse);
                root["rows"] = rows;
                root["mape_pct"] = report.MapePct;
                root["max_abs_error_pct"] = report.MaxAbsErrorPct;
                root["naive_bound_mape_pct"] = outcome.NaiveBoundMapePct;
                root["launched_together_mape_pct"] = NullIfNaN(outcome.LaunchedMapePct);
                root["calibration"] = PredictCommand.CalibrationJson(model, withDerivations: false);
                PredictCommand.AddFilesJson(root, files);
                stdout.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }

            stdout.WriteLine($"Predicted vs measured for {tracePath}");
            PredictCommand.WriteIndented(sim.RatesUnderstood(parse), stdout);
            stdout.WriteLine($"  {PredictCommand.HorizonText(options)}");
            stdout.WriteLine();
            var c = CultureInfo.InvariantCulture;
            var table = new TextTable(
                new TextColumn("workers", MinWidth: 7), new TextColumn("measured"), new TextColumn("predicted"), new TextColumn("95% CI", Justify.Left),
                new TextColumn("error", MinWidth: 7), new TextColumn("naive bound"), new TextColumn(PredictCommand.RunRangeHeader(options), Justify.Left),
                new TextColumn("runs inside", Justify.Left));
            foreach (var r in report.Rows)
            {
                // Whether the slowest and fastest measured runs fall inside the range one run is predicted to show.
                var inside = r.MeasuredRunsInRunRange95 switch { true => "yes", false => "no", null => "" };
                table.AddRow(
                    r.Workers.ToString(c), r.MeasuredStepsPerS.ToString("0.000", c), r.PredictedStepsPerS.ToString("0.000", c),
                    PredictCommand.Interval(r.Ci95LowStepsPerS, r.Ci95HighStepsPerS), r.ErrorPct.ToString("+0.0;-0.0", c) + "%", bound(r.Workers).ToString("0.000", c),
                    PredictCommand.RunRange(r.RunRange95LowStepsPerS ?? double.NaN, r.RunRange95HighStepsPerS ?? double.NaN), inside);
            }

            table.WriteTo(stdout);
            PredictCommand.WriteNotes(options, predictions, stdout);

            var worst = report.Rows.MaxBy(r => Math.Abs(r.ErrorPct))!;
            stdout.WriteLine();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  MAPE {report.MapePct:0.0}%, worst {worst.ErrorPct:+0.0;-0.0}% at {Counts.Of(worst.Workers, "worker")} (naive bound: MAPE {outcome.NaiveBoundMapePct:0.0}%)"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  Runs like the measured ones ({LaunchedRuns.DefaultRuns} simulated per count, every worker launched at once, {options.RunSeconds:0.##} s, measured as the testbed measures): MAPE {outcome.LaunchedMapePct:0.0}%; {string.Join(", ", report.Rows.Select(r => double.IsNaN(launched[r.Workers].MeanStepsPerS) ? $"{r.Workers}: none (a worker completes fewer than 3 steps in every run)" : $"{r.Workers}: {launched[r.Workers].MeanStepsPerS:0.000} ({outcome.LaunchedErrorPct[r.Workers]:+0.0;-0.0}%)"))}"));
            if (report.UnpredictedWorkers.Count > 0)
            {
                stdout.WriteLine($"  not compared: {string.Join(", ", report.UnpredictedWorkers)} workers");
            }

            PredictCommand.WriteFiles(files, stdout);

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
