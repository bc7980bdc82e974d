using System.Globalization;
using SgdSim.Benchmarks.Inputs;
using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Traces;

namespace SgdSim.Benchmarks;

/// <summary>
/// <c>--replay-digest FILE [TRACE…]</c>: writes every figure the simulator predicts for a set of traces and options,
/// doubles in round-trip form, one line per prediction. Two builds that simulate the same thing write the same file:
/// diff the files of a build before and after a change meant to speed the simulator up without changing its results.
/// </summary>
internal static class ReplayDigest
{
    public static int Write(string file, IReadOnlyList<string> traces)
    {
        if (traces.Count == 0)
        {
            var groundTruth = Path.Combine("..", "shared", "groundtruth");
            traces = [Path.Combine("traces", "resnet50-synthetic"), BenchInputs.EnsureReplayTrace(Console.Out),
                .. Directory.Exists(groundTruth) ? Directory.GetDirectories(groundTruth).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "trace")) : []];
        }

        using var output = new StreamWriter(file);
        foreach (var path in traces)
        {
            Console.WriteLine($"--- {path}");
            var model = Calibrator.Calibrate(TraceReader.Read(path), warmupSteps: 1);
            int[] workers = model.TaskCount > 1500 ? [1, 4, 24] : [1, 2, 3, 5, 8, 16, 33];
            foreach (var durations in new[] { DurationMode.Sample, DurationMode.Median })
            {
                foreach (var flowPerMessage in new[] { false, true })
                {
                    var options = new PredictionOptions(workers, Replicas: 2, Seed: 3, Steps: 30, Durations: durations, FlowPerMessage: flowPerMessage);
                    foreach (var p in Predictor.Predict(model, options))
                    {
                        output.WriteLine(Line(
                            $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(path))} {durations} flow={flowPerMessage} n={p.Workers}",
                            [p.ThroughputStepsPerS, p.Ci95Low, p.Ci95High, .. p.ReplicaStepsPerS, p.ServerEgressUtilisation, p.ServerIngressUtilisation, p.WorkerComputeShare],
                            p.Bottleneck));
                    }
                }
            }

            // One run with recorded spans: every task's start and end of the first workers.
            foreach (var flowPerMessage in new[] { false, true })
            {
                var simulation = new ClusterSimulation(model, new SimulationOptions(6, 12, 2, DurationMode.Sample, 9, RecordWorkers: 3, FlowPerMessage: flowPerMessage));
                var r = simulation.Run();
                var spans = simulation.Recording!;
                var hash = spans.Aggregate(17L, (h, s) => unchecked((h * 31) + s.Worker + (s.Step * 7L) + (s.Task * 131L) + (s.StartNs * 8191L) + s.EndNs));
                output.WriteLine(Line(
                    $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(path))} recorded flow={flowPerMessage}",
                    [r.ThroughputStepsPerS, .. r.WorkerStepsPerS, r.ServerEgressUtilisation, r.ServerIngressUtilisation, r.WorkerComputeShare, r.SimulatedSeconds, r.MeasuredSeconds],
                    $"steps={r.StepsCompleted} spans={spans.Count} hash={hash}"));
            }
        }

        Console.WriteLine($"Wrote {file}.");
        return 0;
    }

    private static string Line(string what, IEnumerable<double> values, string rest) =>
        $"{what} {string.Join(' ', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))} {rest}";
}
