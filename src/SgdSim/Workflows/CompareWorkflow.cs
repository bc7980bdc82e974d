using System.Globalization;
using System.Text.Json.Serialization;
using SgdSim.Calibration;
using SgdSim.IO;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Workflows;

/// <summary>Policies to compare on a calibrated trace.</summary>
/// <param name="TracePath">The trace, as given.</param>
/// <param name="Model">The trace calibrated.</param>
/// <param name="Options">Worker counts, horizon, seed and the scenario every policy shares.</param>
/// <param name="Policies">The policies, in the order to show them.</param>
public sealed record CompareRequest(string TracePath, JobModel Model, PredictionOptions Options, IReadOnlyList<TransmissionPolicy> Policies)
{
    /// <summary>The policies compared when none are named.</summary>
    public static readonly IReadOnlyList<TransmissionPolicy> DefaultPolicies =
        [TransmissionPolicy.TfDefault, TransmissionPolicy.Fifo, TransmissionPolicy.Tic, TransmissionPolicy.Tac, TransmissionPolicy.P3];

    /// <summary>Samples per worker step, when known.</summary>
    public int? Batch { get; init; }

    /// <summary>The nominal NIC rates given.</summary>
    public NominalRates Rates { get; init; } = NominalRates.None;

    /// <summary>The folder to write the report, table and plot to; null to write nothing.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The wording of the report page.</summary>
    public ReportWording Wording { get; init; } = ReportWording.None;
}

/// <summary>One policy's predictions and their gain over the baseline policy at the same worker count.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Predictions">One per worker count, in the request's order.</param>
/// <param name="Gain">Per worker count: throughput over the baseline's, minus 1.</param>
/// <param name="IsBaseline">Whether this is the policy the gains are over.</param>
public sealed record PolicyResult(TransmissionPolicy Policy, IReadOnlyList<Prediction> Predictions, double[] Gain, bool IsBaseline);

/// <summary>One policy as <c>--json</c> prints it.</summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="Predictions">Its points, each with its gain.</param>
public sealed record PolicyRecord(
    [property: JsonPropertyName("policy")] string Policy,
    [property: JsonPropertyName("predictions")] IReadOnlyList<PredictedPoint> Predictions);

/// <summary>A comparison's outcome: what <c>--json</c> prints, and (not serialised) what a text rendering needs.</summary>
public sealed record CompareResult : RatedRunRecord
{
    /// <summary>The training mode every policy ran under.</summary>
    [JsonPropertyName("mode")]
    [JsonPropertyOrder(15)]
    public required string Mode { get; init; }

    /// <summary>Parameter-server shards; 0 without a server.</summary>
    [JsonPropertyName("ps_shards")]
    [JsonPropertyOrder(16)]
    public int PsShards { get; init; }

    /// <summary>The policy the gains are over.</summary>
    [JsonPropertyName("baseline")]
    [JsonPropertyOrder(17)]
    public required string Baseline { get; init; }

    /// <summary>Each policy's points.</summary>
    [JsonPropertyName("policies")]
    [JsonPropertyOrder(18)]
    public required IReadOnlyList<PolicyRecord> Policies { get; init; }

    /// <summary>The request this answers.</summary>
    [JsonIgnore]
    public CompareRequest Request { get; init; } = null!;

    /// <summary>Each policy's predictions and gains, in the request's order.</summary>
    [JsonIgnore]
    public IReadOnlyList<PolicyResult> Results { get; init; } = null!;
}

/// <summary>Simulates every policy with the same seeds, so that the differences are the policies' and not the random
/// draws', and computes each one's gain over the baseline (tf-default when compared, else the first).</summary>
public static class CompareWorkflow
{
    /// <summary>Runs <paramref name="request"/>, reporting the simulation's progress to <paramref name="progress"/>.</summary>
    /// <exception cref="InvalidSettingException">The output folder cannot be made.</exception>
    public static CompareResult Run(CompareRequest request, IWorkProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = Compare(request.Model, request.Options, request.Policies, progress ?? NoProgress.Instance, cancellation);
        var files = request.OutputFolder is { } folder ? WriteOutputs(folder, request, results, cancellation) : null;
        var (options, scenario) = (request.Options, request.Options.Scenario ?? Scenario.Default);
        return new CompareResult
        {
            Trace = request.TracePath,
            Seed = options.Seed,
            Replicas = options.Replicas,
            StepsPerWorker = options.Steps,
            Mode = scenario.Mode.ToString(),
            PsShards = scenario.Mode.HasServer ? scenario.Shards : 0,
            Baseline = BaselineName(results),
            Policies = [.. results.Select(r => new PolicyRecord(Scenario.NameOf(r.Policy),
                [.. r.Predictions.Select((p, k) => PredictedPoint.Of(p, request.Batch) with { Gain = r.Gain[k] })]))],
            BandwidthBitsPerS = request.Rates.BandwidthBitsPerS,
            WorkerBandwidthBitsPerS = request.Rates.WorkerBitsPerS,
            PsBandwidthBitsPerS = request.Rates.ServerBitsPerS,
            Files = files,
            Request = request,
            Results = results,
        };
    }

    /// <summary>The name of the policy the gains are over.</summary>
    public static string BaselineName(IReadOnlyList<PolicyResult> results) => Scenario.NameOf(results.First(r => r.IsBaseline).Policy);

    /// <summary>What every policy was compared on: <c>async, 1 PS</c> or <c>allreduce, ring</c>.</summary>
    public static string Setup(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return $"{scenario.Mode}, {(scenario.Mode.HasServer ? $"{scenario.Shards} PS" : "ring")}";
    }

    /// <summary>How long every policy was simulated, for the line above a table.</summary>
    public static string HorizonLine(PredictionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Counts.Of(options.Replicas, "replica")} x {options.Steps} steps per worker, seed {options.Seed}, the same seeds for every policy");
    }

    private static IReadOnlyList<PolicyResult> Compare(JobModel model, PredictionOptions options, IReadOnlyList<TransmissionPolicy> policies,
        IWorkProgress progress, CancellationToken cancellation)
    {
        var scenario = options.Scenario ?? Scenario.Default;
        var configurations = policies.Select(p => (model, options with { Scenario = scenario with { Policy = p } })).ToArray();
        var predicted = progress.Run(
            $"Simulating {Counts.Of(policies.Count, "policy", "policies")} x {Counts.Of(options.Workers.Count, "worker count")} x {Counts.Of(options.Replicas, "replica")}",
            [.. policies.SelectMany(_ => PredictWorkflow.UnitWeights(options))],
            p => Predictor.PredictAll(configurations, cancellation, p));
        var baseline = Math.Max(0, policies.ToList().IndexOf(TransmissionPolicy.TfDefault));
        return [.. policies.Select((p, i) => new PolicyResult(p, predicted[i],
            [.. predicted[i].Select((x, k) => (x.ThroughputStepsPerS / predicted[baseline][k].ThroughputStepsPerS) - 1)], i == baseline))];
    }

    private static IReadOnlyList<string> WriteOutputs(string folder, CompareRequest request, IReadOnlyList<PolicyResult> results, CancellationToken cancellation)
    {
        var (tracePath, model, options) = (request.TracePath, request.Model, request.Options);
        // The table has the sweep's layout, one row per worker count and policy, so `sgdsim plot --series policy`
        // and a notebook read it as they read a sweep.
        using var staged = OutputFolder.Stage(folder);
        var scenario = options.Scenario ?? Scenario.Default;
        var rows = results
            .SelectMany(r => r.Predictions.Select(p => new SweepRow(
                new SweepConfiguration(p.Workers, request.Rates.BandwidthBitsPerS, scenario.Shards, scenario.Placement, r.Policy, scenario.Mode),
                PredictionRow.From(p, request.Batch))))
            .OrderBy(row => row.Configuration)
            .ToArray();
        var run = PredictionRun.Describe(tracePath, options, null, request.Batch);
        new SweepTable(run, options.Replicas, scenario, null, rows)
            .Write(Path.Combine(staged.Path, "comparison.parquet"), cancellation);
        ComparisonPlot.Save(Path.Combine(staged.Path, "policies.png"),
            $"Transmission policies — {PathNames.Short(tracePath)} ({Setup(scenario)})",
            [.. results.Select(r => ThroughputSeries.Of(Scenario.NameOf(r.Policy), r.Predictions))]);

        // Last, so that it links the files above.
        HtmlReport.Write(staged.Path, new ComparisonReport(run, Setup(scenario),
            [.. request.Wording.RatesUnderstood, HorizonLine(options), $"gain over {BaselineName(results)}"],
            [.. results.Select(r => new PolicyPredictions(Scenario.NameOf(r.Policy), r.Predictions, r.Gain, r.IsBaseline))],
            request.Wording.Notes([.. results.SelectMany(r => r.Predictions)]), model.Explanation, Explanations.Network(scenario))
        {
            NameOf = request.Wording.NameOf,
        });
        return staged.Commit();
    }
}
