using System.Diagnostics;
using System.Runtime.ExceptionServices;
using SgdSim.Calibration;
using SgdSim.IO;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Workflows;

/// <summary>
/// Runs the points of a sweep that its file does not hold yet, as one batch over all cores, and keeps the file up
/// to date as points finish, so that an interrupted sweep keeps what it computed and a rerun picks up from there.
/// </summary>
public static class SweepRunner
{
    /// <summary>
    /// The table in <paramref name="path"/> if there is one made with the same settings as <paramref name="fresh"/>
    /// (its rows kept), else <paramref name="fresh"/> itself.
    /// </summary>
    /// <exception cref="InvalidInputException">The file is not a sweep table, or was made from another trace or with other settings; the message says which.</exception>
    public static SweepTable Resume(string path, SweepTable fresh)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        // A run killed while it saved the table left its temporary file: resuming is the moment to remove it.
        AtomicFile.RemoveLeftovers(path);
        if (!File.Exists(path))
        {
            return fresh;
        }

        var existing = SweepTable.Read(path);
        if (existing.DifferenceFrom(fresh, "in the file", "now") is { } difference)
        {
            throw new InvalidInputException(path, (FormattableString)$"holds a sweep made with other settings ({difference}); give the same settings to resume it, or another {Setting.OutputFolder}.");
        }

        return fresh.With(existing.Rows);
    }

    /// <summary>
    /// Predicts every point of <paramref name="points"/> that <paramref name="start"/> does not hold, with the
    /// models of <paramref name="modelOf"/> (one per link rate) and <paramref name="options"/> (its worker counts
    /// and scenario replaced by each point's), and returns <paramref name="start"/> with their rows. The table is
    /// written to <paramref name="path"/> at once, as points finish (at most every <paramref name="saveEvery"/>),
    /// at the end, and on cancellation with the rows finished so far. <paramref name="progress"/> hears of every
    /// finished run (points still to do × replicas in all).
    /// </summary>
    public static SweepTable Run(SweepTable start, IReadOnlyList<SweepConfiguration> points, Func<double?, JobModel> modelOf, PredictionOptions options,
        string path, TimeSpan saveEvery, CancellationToken cancellation = default, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(modelOf);
        ArgumentNullException.ThrowIfNull(options);
        var done = start.Rows.Select(r => r.Configuration).ToHashSet();
        var todo = points.Where(p => !done.Contains(p)).ToArray();
        var fixedScenario = options.Scenario ?? Scenario.Default;
        var configurations = todo.Select(p => (modelOf(p.BandwidthBitsPerS), options with { Workers = [p.Workers], Scenario = p.ScenarioFrom(fixedScenario) })).ToArray();

        var table = start;
        var gate = new object();
        var clock = Stopwatch.StartNew();
        var saved = TimeSpan.Zero;
        var unsaved = new List<SweepRow>();
        void Save()
        {
            // Cancellation must not stop the save that keeps the finished rows.
            table = table.With(unsaved);
            unsaved.Clear();
            table.Write(path, CancellationToken.None);
            saved = clock.Elapsed;
        }

        lock (gate)
        {
            Save();
        }

        try
        {
            Predictor.PredictAll(configurations, cancellation, progress, finished: (k, predictions) =>
            {
                lock (gate)
                {
                    unsaved.Add(new SweepRow(todo[k], PredictionRow.From(predictions[0], start.Run.BatchSize)));
                    if (clock.Elapsed - saved >= saveEvery || unsaved.Count == 1 && table.Rows.Count == start.Rows.Count)
                    {
                        Save();
                    }
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A failed save inside the parallel loop: report it as itself, not wrapped.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        finally
        {
            lock (gate)
            {
                if (unsaved.Count > 0)
                {
                    Save();
                }
            }
        }

        return table;
    }
}
