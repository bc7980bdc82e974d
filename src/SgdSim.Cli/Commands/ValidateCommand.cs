using System.CommandLine;
using System.Globalization;
using SgdSim.Cli.Output;
using SgdSim.Cli.Rendering;
using SgdSim.Simulation;
using SgdSim.Workflows;
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
            var tracePath = parse.GetValue(trace)!;
            var result = ValidateWorkflow.Run(new ValidateRequest(tracePath, parse.GetValue(measured)!, () => sim.Calibrate(parse, tracePath), (n, model) => sim.Prediction(parse, n, model))
            {
                Workers = parse.GetValue(workers),
                Batch = parse.GetValue(batch),
                Rates = sim.Rates(parse),
                OutputFolder = parse.GetValue(output),
            }, CliProgress.Instance, cancellation);
            if (parse.GetValue(json))
            {
                CliJson.Write(stdout, result);
            }
            else
            {
                WriteText(result, sim.RatesUnderstood(parse), stdout);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static void WriteText(ValidateResult result, IEnumerable<string> ratesUnderstood, TextWriter stdout)
    {
        var (options, outcome) = (result.Options, result.Outcome);
        var (report, launched) = (outcome.Report, outcome.Launched);
        stdout.WriteLine($"Predicted vs measured for {result.Trace}");
        PredictionText.WriteIndented(ratesUnderstood, stdout);
        stdout.WriteLine($"  {PredictWorkflow.HorizonText(options)}");
        stdout.WriteLine();
        var c = CultureInfo.InvariantCulture;
        var table = new TextTable(
            new TextColumn("workers", MinWidth: 7), new TextColumn("measured"), new TextColumn("predicted"), new TextColumn("95% CI", Justify.Left),
            new TextColumn("error", MinWidth: 7), new TextColumn("naive bound"), new TextColumn(PredictionText.RunRangeHeader(options), Justify.Left),
            new TextColumn("runs inside", Justify.Left));
        foreach (var r in report.Rows)
        {
            // Whether the slowest and fastest measured runs fall inside the range one run is predicted to show.
            var inside = r.MeasuredRunsInRunRange95 switch { true => "yes", false => "no", null => "" };
            table.AddRow(
                r.Workers.ToString(c), r.MeasuredStepsPerS.ToString("0.000", c), r.PredictedStepsPerS.ToString("0.000", c),
                PredictionText.Interval(r.Ci95LowStepsPerS, r.Ci95HighStepsPerS), r.ErrorPct.ToString("+0.0;-0.0", c) + "%", outcome.NaiveBound[r.Workers].ToString("0.000", c),
                PredictionText.RunRange(r.RunRange95LowStepsPerS ?? double.NaN, r.RunRange95HighStepsPerS ?? double.NaN), inside);
        }

        table.WriteTo(stdout);
        PredictionText.WriteNotes(options, outcome.Predictions, stdout);

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

        PredictionText.WriteFiles(result.Files, stdout);
    }
}
