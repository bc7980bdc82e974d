using System.Globalization;
using SgdSim.Cli.Output;
using SgdSim.Simulation;

namespace SgdSim.Cli.Rendering;

/// <summary>The pieces of text every table of predictions shares: intervals as cells, the notes under a table, the
/// files written.</summary>
internal static class PredictionText
{
    /// <summary>The files an --out option wrote, under the text output: one path a line.</summary>
    public static void WriteFiles(IReadOnlyList<string>? files, TextWriter output)
    {
        if (files is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"Wrote {Counts.Of(files.Count, "file")}:");
        WriteIndented(files, output);
    }

    /// <summary>The lines a table's notes would print, for a page to show.</summary>
    public static IReadOnlyList<string> NoteLines(Action<TextWriter> write)
    {
        using var notes = new StringWriter();
        write(notes);
        return [.. notes.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>The heading of the run-range column: the run length it is for.</summary>
    public static string RunRangeHeader(PredictionOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"{options.RunSeconds:0.###} s runs");

    /// <summary>A run range as a cell, aligned as <see cref="Interval"/>; a dash (where the interval's dash would be) when there is none.</summary>
    public static string RunRange(double low, double high) => Interval(low, high);

    /// <summary>The note under a table whose intervals are missing because a fixed horizon had too few replicas to
    /// give one; null when they are there.</summary>
    public static string? NoIntervalNote(int replicas, IEnumerable<(double Low, double High)> intervals) =>
        intervals.Any(i => double.IsNaN(i.Low) || double.IsNaN(i.High)) && replicas < Predictor.MinReplicasForInterval
            ? $"  95% CI: none from {Counts.Of(replicas, "replica")}: an interval over replicas needs {Predictor.MinReplicasForInterval} or more (--replicas {Predictor.MinReplicasForInterval})"
            : null;

    /// <summary>Notes under a table: worker counts whose run range left out many windows, and those that stopped at
    /// the cap before their interval was as narrow as asked.</summary>
    public static void WriteNotes(PredictionOptions options, IReadOnlyList<Prediction> predictions, TextWriter output)
    {
        if (NoIntervalNote(options.Replicas, predictions.Select(p => (p.Ci95Low, p.Ci95High))) is { } note)
        {
            CliConsole.Current.WriteLine(output, note);
        }

        // The testbed drops a run in which a worker completes fewer than 3 steps; where that is common, the range is
        // of the runs that would have counted, and the real runs were probably longer.
        var c = CultureInfo.InvariantCulture;
        var dropped = predictions.Where(p => p.RunWindowsDropped > 0.05 * p.RunWindows).ToArray();
        if (dropped.Length > 0)
        {
            CliConsole.Current.WriteLine(output, string.Create(c,
                $"  run range of {RunRangeHeader(options)}: share of them left out because a worker completes fewer than 3 steps in them (the testbed drops such runs): {string.Join(", ", dropped.Select(p => string.Create(c, $"{p.RunWindowsDropped / (double)p.RunWindows:0%} at {p.Workers}")))} workers; --run-seconds sets the run length"));
        }

        var none = predictions.Where(p => double.IsNaN(p.RunRange95Low)).ToArray();
        if (none.Length > 0)
        {
            CliConsole.Current.WriteLine(output, string.Create(c,
                $"  run range of {RunRangeHeader(options)}: none at {string.Join(", ", none.Select(p => p.Workers))} workers: fewer than {SteadyState.MinRunWindowsKept} windows of that length counted"));
        }

        var unreached = predictions.Where(p => p.SteadyState is { PrecisionReached: false }).ToArray();
        if (options.Until is not { } rule || unreached.Length == 0)
        {
            return;
        }

        CliConsole.Current.WriteLine(output, string.Create(CultureInfo.InvariantCulture,
            $"  precision not reached at {string.Join(", ", unreached.Select(p => $"{p.Workers} ({p.SteadyState!.RelativeHalfWidth * 100:0.0#}%)"))} workers: the cap of {rule.MaxSteps:N0} steps stopped them; their intervals are as wide as shown"));
    }

    /// <summary>The confidence interval as one cell, its bounds aligned on the dash down a column of
    /// <paramref name="width"/>-wide numbers; a dash where the interval's would be when there is none (NaN).</summary>
    public static string Interval(double low, double high, int width = 7) => double.IsNaN(low) || double.IsNaN(high)
        ? "–".PadLeft(width + 1).PadRight((2 * width) + 1)
        : string.Create(CultureInfo.InvariantCulture, $"{low.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(width)}–{high.ToString("0.000", CultureInfo.InvariantCulture).PadRight(width)}");

    /// <summary>Header lines under a command's title, indented as the others.</summary>
    public static void WriteIndented(IEnumerable<string> lines, TextWriter output)
    {
        foreach (var line in lines)
        {
            CliConsole.Current.WriteLine(output, $"  {line}");
        }
    }
}
