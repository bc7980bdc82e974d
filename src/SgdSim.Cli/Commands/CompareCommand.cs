using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SgdSim.Cli.Output;
using SgdSim.Cli.Rendering;
using SgdSim.Simulation;
using SgdSim.Workflows;
using Spectre.Console;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim compare TRACE --workers … --policies …</c>: transmission policies side by side on one trace.</summary>
internal static class CompareCommand
{
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
            var result = CompareWorkflow.Run(new CompareRequest(tracePath, model, options, parse.GetValue(policies) ?? CompareRequest.DefaultPolicies)
            {
                Batch = parse.GetValue(batch),
                Rates = sim.Rates(parse),
                OutputFolder = parse.GetValue(output),
                Wording = new ReportWording([.. sim.RatesUnderstood(parse)], p => PredictionText.NoteLines(o => WriteNote(options.Replicas, p, o)))
                {
                    NameOf = CommonOptions.FlagOf,
                },
            }, CliProgress.Instance, cancellation);
            if (parse.GetValue(json))
            {
                CliJson.Write(stdout, result);
            }
            else
            {
                WriteTable(tracePath, options, result.Results, result.Request.Batch, sim.RatesUnderstood(parse), stdout);
                PredictionText.WriteFiles(result.Files, stdout);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static void WriteTable(string tracePath, PredictionOptions options, IReadOnlyList<PolicyResult> results, int? batch,
        IEnumerable<string> ratesUnderstood, TextWriter output)
    {
        CliConsole.Current.WriteLine(output,
            $"Transmission policies on {tracePath} ({CompareWorkflow.Setup(options.Scenario ?? Scenario.Default)}); gain over {CompareWorkflow.BaselineName(results)}");
        PredictionText.WriteIndented(ratesUnderstood, output);
        CliConsole.Current.WriteLine(output, $"  {CompareWorkflow.HorizonLine(options)}");
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
                    PredictionText.Interval(p.Ci95Low, p.Ci95High, 8), r.IsBaseline ? "—" : r.Gain[k].ToString("+0.0%;-0.0%;0.0%", c), .. samples, p.Bottleneck,
                ]);
            }
        }

        table.WriteTo(output);
        WriteNote(options.Replicas, [.. results.SelectMany(r => r.Predictions)], output);
    }

    private static void WriteNote(int replicas, IReadOnlyList<Prediction> predictions, TextWriter output)
    {
        if (PredictionText.NoIntervalNote(replicas, predictions.Select(p => (p.Ci95Low, p.Ci95High))) is { } note)
        {
            CliConsole.Current.WriteLine(output, note);
        }
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
