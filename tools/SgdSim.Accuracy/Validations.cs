using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SgdSim.Cli;

namespace SgdSim.Accuracy;

/// <summary>One worker count of <c>sgdsim validate --json</c>.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="Measured">Measured steps/s (the mean over runs).</param>
/// <param name="MeasuredSd">Its standard deviation over runs, when known.</param>
/// <param name="MeasuredMin">The slowest run, when known.</param>
/// <param name="MeasuredMax">The fastest run, when known.</param>
/// <param name="Runs">Number of runs, when known.</param>
/// <param name="Predicted">Predicted steps/s.</param>
/// <param name="Ci95">The 95% confidence interval of the predicted mean, when given.</param>
/// <param name="RunRange95">The range one real run would fall in 95% of the time, when the simulator reports it.</param>
/// <param name="ErrorPct">(predicted − measured) / measured × 100.</param>
/// <param name="NaiveBound">The naive bound min(N / T1, capacity / bytes per step), when given.</param>
internal sealed record ValidatedPoint(
    int Workers,
    double Measured,
    double? MeasuredSd,
    double? MeasuredMin,
    double? MeasuredMax,
    int? Runs,
    double Predicted,
    (double Low, double High)? Ci95,
    (double Low, double High)? RunRange95,
    double ErrorPct,
    double? NaiveBound)
{
    /// <summary>The naive bound's error, like <see cref="ErrorPct"/>.</summary>
    public double? NaiveErrorPct => NaiveBound is { } b ? (b - Measured) / Measured * 100 : null;

    /// <summary>Whether every measured run (its min and max) lies in <see cref="RunRange95"/>; null when either is unknown.</summary>
    public bool? RunsInsideRange => (RunRange95, MeasuredMin, MeasuredMax) is ({ } r, { } min, { } max) ? min >= r.Low && max <= r.High : null;
}

/// <summary>What one <c>sgdsim validate --json</c> printed, for the fields the tables use; other fields are ignored.</summary>
/// <param name="Points">One per worker count, in the measured CSV's order.</param>
/// <param name="MapePct">Mean absolute percentage error.</param>
/// <param name="Settings">The simulation's length and seed as the tables state it, when the JSON has them.</param>
/// <param name="LaunchedMapePct">The MAPE of simulated runs like the measured ones (launched together, as long), when given.</param>
internal sealed record Outcome(IReadOnlyList<ValidatedPoint> Points, double MapePct, string? Settings, double? LaunchedMapePct = null)
{
    /// <summary>The point with the largest |error|.</summary>
    public ValidatedPoint Worst => Points.MaxBy(p => Math.Abs(p.ErrorPct))!;

    /// <summary>The naive bound's MAPE, when every point has the bound.</summary>
    public double? NaiveMapePct => Points.All(p => p.NaiveBound is not null) ? Points.Average(p => Math.Abs(p.NaiveErrorPct!.Value)) : null;

    /// <summary>The point where the naive bound is furthest off, when every point has the bound.</summary>
    public ValidatedPoint? NaiveWorst => NaiveMapePct is null ? null : Points.MaxBy(p => Math.Abs(p.NaiveErrorPct!.Value));

    /// <summary>Reads the JSON <paramref name="json"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidInputException">A field the tables need is missing or not a number.</exception>
    public static Outcome Parse(string source, string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidInputException(source, "printed JSON that is not an object.");
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(source, $"printed something that is not JSON ({e.Message}).", e);
        }

        double Number(JsonNode? node, string name) => Optional(node, name)
            ?? throw new InvalidInputException(source, $"printed no number '{name}'.");
        var rows = root["rows"] as JsonArray ?? throw new InvalidInputException(source, "printed no 'rows' array.");
        var points = rows.Select(row => new ValidatedPoint(
            (int)Number(row, "workers"),
            Number(row, "measured_steps_per_s"),
            Optional(row, "measured_sd_steps_per_s"),
            Optional(row, "measured_min_steps_per_s"),
            Optional(row, "measured_max_steps_per_s"),
            Optional(row, "measured_runs") is { } runs ? (int)runs : null,
            Number(row, "predicted_steps_per_s"),
            Pair(row, "ci95"),
            Pair(row, "run_range95"),
            Number(row, "error_pct"),
            Optional(row, "naive_bound_steps_per_s"))).ToArray();
        if (points.Length == 0)
        {
            throw new InvalidInputException(source, "printed no rows.");
        }

        var settings = (Optional(root, "replicas"), Optional(root, "steps_per_worker"), Optional(root, "seed")) is ({ } r, { } s, { } seed)
            ? string.Create(CultureInfo.InvariantCulture, $"{Counts.Of((long)r, "replica")} x {s} steps per worker, seed {seed}")
            : null;
        // Where every simulated run of some measured worker count was too short for the testbed's rule, the runs
        // measured there must have lasted longer than the run length given: their MAPE would compare other runs.
        var runLengthFits = rows.All(row => row?["launched_together"]?["runs_kept"] is not JsonValue kept || kept.GetValue<int>() > 0);
        return new Outcome(points, Number(root, "mape_pct"), settings, runLengthFits ? Optional(root, "launched_together_mape_pct") : null);
    }

    private static double? Optional(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    private static (double, double)? Pair(JsonNode? node, string name) =>
        node?[name] is JsonArray { Count: 2 } pair && pair[0] is JsonValue low && pair[1] is JsonValue high
            && low.TryGetValue<double>(out var l) && high.TryGetValue<double>(out var h)
            ? (l, h)
            : null;
}

/// <summary>A way of predicting a set: the options given to <c>sgdsim validate</c> besides the trace and CSV.</summary>
/// <param name="Title">How the tables name it.</param>
/// <param name="Options">The options for a set.</param>
internal sealed record Variant(string Title, Func<MeasuredSet, string[]> Options)
{
    /// <summary>The trace alone, with the default options.</summary>
    public static Variant Trace { get; } = new("from the trace", _ => []);

    /// <summary>The set's nominal link rate given, in plain bits/s so that no unit is open to reading.</summary>
    public static Variant Bandwidth { get; } = new("with `--bandwidth`", s => ["--bandwidth", s.LinkBitsPerS.ToString("R", CultureInfo.InvariantCulture) + "bps"]);

    /// <summary>The alternative models the same command measures, each against the trace-alone default.</summary>
    public static IReadOnlyList<Variant> Alternatives { get; } =
    [
        new("`--sharing fair`", _ => ["--sharing", "fair"]),
        new("`--sharing flow`", _ => ["--sharing", "flow"]),
        new("`--durations median`", _ => ["--durations", "median"]),
        new("`--policy tf-default`", _ => ["--policy", "tf-default"]),
    ];
}

/// <summary>Every variant's outcome for one set.</summary>
/// <param name="Set">The set.</param>
/// <param name="Trace">From the trace alone.</param>
/// <param name="Bandwidth">With the set's nominal link rate.</param>
/// <param name="Alternatives">One per <see cref="Variant.Alternatives"/>, in that order.</param>
/// <param name="Horizon">The horizon check: one per measured worker count.</param>
internal sealed record SetOutcome(MeasuredSet Set, Outcome Trace, Outcome Bandwidth, IReadOnlyList<Outcome> Alternatives, IReadOnlyList<HorizonPoint> Horizon);

/// <summary>One worker count predicted over a short and a long fixed horizon (<c>--steps</c>), each with its 95% interval.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="Short">Steps/s over <see cref="Validations.ShortSteps"/> steps per worker.</param>
/// <param name="ShortCi">Its 95% confidence interval.</param>
/// <param name="Long">Steps/s over <see cref="Validations.LongSteps"/> steps per worker.</param>
/// <param name="LongCi">Its 95% confidence interval.</param>
internal sealed record HorizonPoint(int Workers, double Short, (double Low, double High) ShortCi, double Long, (double Low, double High) LongCi)
{
    /// <summary>Whether the two intervals overlap: the prediction does not depend on how long it simulates.</summary>
    public bool Agree => ShortCi.Low <= LongCi.High && LongCi.Low <= ShortCi.High;
}

/// <summary>Runs <c>sgdsim validate --json</c> in-process: the same command line a user types, without starting a process per run.</summary>
internal static class Validations
{
    /// <summary>Every variant of <paramref name="set"/>.</summary>
    /// <exception cref="InvalidInputException">A validation failed; the message is its error.</exception>
    public static async Task<SetOutcome> RunAsync(MeasuredSet set, CancellationToken cancellation)
    {
        var trace = await RunAsync(set, Variant.Trace, cancellation);
        var bandwidth = await RunAsync(set, Variant.Bandwidth, cancellation);
        var alternatives = new List<Outcome>();
        foreach (var variant in Variant.Alternatives)
        {
            alternatives.Add(await RunAsync(set, variant, cancellation));
        }

        var workers = trace.Points.Select(p => p.Workers).ToArray();
        var shortRun = await PredictAsync(set, workers, ShortSteps, cancellation);
        var longRun = await PredictAsync(set, workers, LongSteps, cancellation);
        var horizon = workers.Select(w => new HorizonPoint(w, shortRun[w].Mean, shortRun[w].Ci, longRun[w].Mean, longRun[w].Ci)).ToArray();
        return new SetOutcome(set, trace, bandwidth, alternatives, horizon);
    }

    /// <summary>The short fixed horizon of the horizon check, steps per worker.</summary>
    public const int ShortSteps = 40;

    /// <summary>The long fixed horizon of the horizon check, steps per worker.</summary>
    public const int LongSteps = 160;

    // sgdsim predict --steps S --json for the measured worker counts: each count's mean and 95% interval.
    private static async Task<Dictionary<int, (double Mean, (double, double) Ci)>> PredictAsync(MeasuredSet set, int[] workers, int steps, CancellationToken cancellation)
    {
        string[] args = ["predict", set.Trace, "--workers", string.Join(',', workers), "--steps", steps.ToString(CultureInfo.InvariantCulture), "--json"];
        var command = $"'sgdsim {string.Join(' ', args.Skip(2).Prepend($"{set.Display}/trace").Prepend("predict"))}'";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SgdSimCli.RunAsync(args, stdout, stderr, cancellation);
        cancellation.ThrowIfCancellationRequested();
        if (code != ExitCodes.Ok)
        {
            throw new InvalidInputException(set.Display, $"{command} failed: {stderr.ToString().Trim()}");
        }

        var predictions = JsonNode.Parse(stdout.ToString())?["predictions"] as JsonArray
            ?? throw new InvalidInputException(command, "printed no 'predictions' array.");
        return predictions.ToDictionary(
            p => p!["workers"]!.GetValue<int>(),
            p => (p!["throughput_steps_per_s"]!.GetValue<double>(), (p["ci95"]![0]!.GetValue<double>(), p["ci95"]![1]!.GetValue<double>())));
    }

    private static async Task<Outcome> RunAsync(MeasuredSet set, Variant variant, CancellationToken cancellation)
    {
        // The run range is only comparable with the measured runs when it is predicted for runs of their length.
        string[] options = set.RunSeconds is { } seconds
            ? [.. variant.Options(set), "--run-seconds", seconds.ToString("R", CultureInfo.InvariantCulture)]
            : variant.Options(set);
        var command = string.Join(' ', ["sgdsim validate", $"{set.Display}/trace", "--measured", $"{set.Display}/measured.csv", .. options, "--json"]);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SgdSimCli.RunAsync(["validate", set.Trace, "--measured", set.Measured, .. options, "--json"], stdout, stderr, cancellation);
        cancellation.ThrowIfCancellationRequested();
        if (code != ExitCodes.Ok)
        {
            var error = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {code}";
            throw new InvalidInputException(set.Display, $"'{command}' failed: {error}");
        }

        return Outcome.Parse($"'{command}'", stdout.ToString());
    }
}
