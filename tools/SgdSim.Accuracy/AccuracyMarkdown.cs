using System.Globalization;
using System.Text;
using SgdSim.Calibration;

namespace SgdSim.Accuracy;

/// <summary>Writes the accuracy tables of docs/accuracy.md from the validations' outcomes.</summary>
internal static class AccuracyMarkdown
{
    /// <summary>The command that writes the tables, as docs/accuracy.md states it.</summary>
    public const string Command = "dotnet run --project tools/SgdSim.Accuracy -c Release";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The Markdown between the page's markers, for <paramref name="outcomes"/> in order.</summary>
    public static string Render(IReadOnlyList<SetOutcome> outcomes)
    {
        var md = new StringBuilder();
        md.Append("<!-- Generated: change tools/SgdSim.Accuracy or the measured sets, not this block. -->\n\n");
        if (outcomes.Count == 0)
        {
            md.Append(C, $"No measured set is present: neither `{MeasuredSets.SharedFolder}` nor `{MeasuredSets.OwnFolder}` holds one.\n");
            return md.ToString();
        }

        var shared = outcomes.Count(o => o.Set.HowPath is null);
        var settings = outcomes[0].Trace.Settings is { } s ? $" ({s})" : "";
        md.Append(C, $"""
            Written by `{Command}` from every measured set present:
            {shared} from `{MeasuredSets.SharedFolder}`, {outcomes.Count - shared} from `{MeasuredSets.OwnFolder}`. Each is predicted by
            `sgdsim validate SET/trace --measured SET/measured.csv` with the default simulation{settings},
            from the trace alone and with `--bandwidth` set to the set's nominal link rate (`link_bits_per_s` of its `set.json`).
            Error: (predicted − measured) / measured, positive when the prediction is too optimistic; MAPE: the mean |error|
            over the set's worker counts; worst: the largest |error|. The last column is the horizon check: whether
            `sgdsim predict SET/trace --steps {Validations.ShortSteps}` and `--steps {Validations.LongSteps}` (a fixed horizon, 10 replicas) give
            overlapping 95% intervals, so that the answer does not depend on how long the simulation runs. The prediction is
            the stationary throughput; the measured runs were launched together and lasted 10–60 s (`run_seconds`), so
            `validate` also simulates 40 runs like them per worker count (every worker launched at once, stopped after
            that long, their throughput taken as the measured runs' was) and the last column is the MAPE of their mean
            (— where runs of that length, 10 s unless the set says, are too short to be counted, a worker completing fewer
            than 3 steps, at some worker count the set measured: its runs lasted longer).


            """);

        var withRange = outcomes.Any(o => o.Trace.Points.Any(p => p.RunsInsideRange is not null));
        var summary = new MarkdownTable(["set", "link", "MAPE from the trace", "worst", "MAPE with `--bandwidth`", "worst", .. withRange ? ["runs inside the run range"] : Array.Empty<string>(),
            $"`--steps {Validations.ShortSteps}` and `{Validations.LongSteps}` agree", "MAPE, runs like the measured"]);
        foreach (var o in outcomes)
        {
            var inside = o.Trace.Points.Where(p => p.RunsInsideRange is not null).ToArray();
            summary.Add([o.Set.Name, Bandwidth.Format(o.Set.LinkBitsPerS), Pct(o.Trace.MapePct), Worst(o.Trace.Worst.ErrorPct, o.Trace.Worst.Workers),
                Pct(o.Bandwidth.MapePct), Worst(o.Bandwidth.Worst.ErrorPct, o.Bandwidth.Worst.Workers),
                .. withRange ? [inside.Length == 0 ? "—" : $"{inside.Count(p => p.RunsInsideRange == true)} of {inside.Length} worker counts"] : Array.Empty<string>(),
                $"{o.Horizon.Count(h => h.Agree)} of {o.Horizon.Count} worker counts", o.Trace.LaunchedMapePct is { } launched ? Pct(launched) : "—"]);
        }

        md.Append(summary).Append('\n');

        md.Append(C, $"""
            Against the alternatives (MAPE, and the worst point): the naive bound min(N / T1, capacity / bytes per step);
            {Variant.Alternatives[0].Title}, connections sharing every NIC evenly, without TCP's measured unevenness and reverse queueing;
            {Variant.Alternatives[1].Title}, every transfer in flight sharing the NICs max-min fairly (the textbook fluid model);
            {Variant.Alternatives[2].Title}, every step replaying medians; {Variant.Alternatives[3].Title}, the random transfer order
            TicTac describes for TensorFlow, where the default replays the PS's answer order of the profiled step:


            """);
        var alternatives = new MarkdownTable(["set", "default", "naive bound", .. Variant.Alternatives.Select(v => v.Title)]);
        foreach (var o in outcomes)
        {
            var naive = o.Trace.NaiveWorst is { } w ? Both(o.Trace.NaiveMapePct!.Value, w.NaiveErrorPct!.Value, w.Workers) : "—";
            alternatives.Add([o.Set.Name, Both(o.Trace), naive, .. o.Alternatives.Select(Both)]);
        }

        md.Append(alternatives);

        foreach (var o in outcomes)
        {
            md.Append('\n').Append(PerWorkerCount(o));
        }

        return md.ToString();
    }

    private static string PerWorkerCount(SetOutcome o)
    {
        // The page is in docs/: its links to the repository's files go one folder up.
        var where = o.Set.HowPath is { } how ? $"[`{o.Set.Display}`](../{how})" : $"`{o.Set.Display}`";
        var head = $"**{o.Set.Name}** — {where}: {o.Set.Description}.\n\n";

        // Columns appear only when some row has their values, so a simulator that reports more shows more.
        var points = o.Trace.Points;
        var sd = points.Any(p => p.MeasuredSd is not null);
        var runs = points.Any(p => p.Runs is not null || p.MeasuredMin is not null);
        var ci = points.Any(p => p.Ci95 is not null);
        var range = points.Any(p => p.RunRange95 is not null);
        var inside = points.Any(p => p.RunsInsideRange is not null);
        var naive = points.Any(p => p.NaiveBound is not null);
        var bandwidth = o.Bandwidth.Points.ToDictionary(p => p.Workers);
        string[] header =
        [
            "workers", "measured", .. sd ? ["sd"] : Array.Empty<string>(), .. runs ? ["runs"] : Array.Empty<string>(),
            "predicted", .. ci ? ["95% CI"] : Array.Empty<string>(), .. range ? ["run range"] : Array.Empty<string>(),
            .. inside ? ["runs inside"] : Array.Empty<string>(), "error",
            $"with `--bandwidth {Bandwidth.Format(o.Set.LinkBitsPerS)}`", "error", .. naive ? ["naive bound"] : Array.Empty<string>(),
        ];
        var table = new MarkdownTable(header);
        foreach (var p in points)
        {
            var b = bandwidth.GetValueOrDefault(p.Workers);
            table.Add(
            [
                p.Workers.ToString(C), Rate(p.Measured), .. sd ? [p.MeasuredSd is { } v ? Rate(v) : ""] : Array.Empty<string>(),
                .. runs ? [Runs(p)] : Array.Empty<string>(), Rate(p.Predicted), .. ci ? [Interval(p.Ci95)] : Array.Empty<string>(),
                .. range ? [Interval(p.RunRange95)] : Array.Empty<string>(),
                .. inside ? [p.RunsInsideRange switch { true => "yes", false => "no", null => "" }] : Array.Empty<string>(),
                Signed(p.ErrorPct), b is null ? "" : Rate(b.Predicted), b is null ? "" : Signed(b.ErrorPct),
                .. naive ? [p.NaiveBound is { } n ? Rate(n) : ""] : Array.Empty<string>(),
            ]);
        }

        return head + table;
    }

    private static string Runs(ValidatedPoint p)
    {
        var count = p.Runs?.ToString(C);
        if (p.MeasuredMin is not { } min || p.MeasuredMax is not { } max || p.Runs == 1)
        {
            return count ?? "";
        }

        var span = $"{Rate(min)}–{Rate(max)}";
        return count is null ? span : $"{count}: {span}";
    }

    private static string Both(Outcome o) => Both(o.MapePct, o.Worst.ErrorPct, o.Worst.Workers);

    private static string Both(double mape, double worst, int workers) => $"{Pct(mape)} ({Worst(worst, workers)})";

    private static string Worst(double errorPct, int workers) => $"{Signed(errorPct)}, N={workers.ToString(C)}";

    private static string Rate(double stepsPerS) => stepsPerS.ToString("0.000", C);

    private static string Pct(double pct) => pct.ToString("0.0", C) + "%";

    private static string Signed(double pct) => pct.ToString("+0.0;-0.0", C) + "%";

    private static string Interval((double Low, double High)? interval) => interval is var (low, high) ? $"{Rate(low)}–{Rate(high)}" : "";

    /// <summary>A Markdown table, numbers right-aligned (every column but the first, which names the row).</summary>
    private sealed class MarkdownTable(IReadOnlyList<string> header)
    {
        private readonly List<IReadOnlyList<string>> _rows = [];

        public void Add(IReadOnlyList<string> row) => _rows.Add(row);

        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append("| ").AppendJoin(" | ", header).Append(" |\n");
            text.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", header.Count - 1))).Append('\n');
            foreach (var row in _rows)
            {
                text.Append("| ").AppendJoin(" | ", row).Append(" |\n");
            }

            return text.ToString();
        }
    }
}
