using SgdSim.Calibration;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Tests.Support;

/// <summary>
/// Series for the step-time and utilisation plots, derived from the spans a simulation recorded, so that those plots
/// can be drawn from a real run before the simulator reports them itself.
/// </summary>
internal static class SimulatedSeries
{
    /// <summary>Each worker's step times in seconds, from one step's start to the next's, warm-up steps left out.</summary>
    public static IReadOnlyList<IReadOnlyList<double>> StepTimes(IReadOnlyList<SimulatedSpan> spans, int workers, int warmupSteps) =>
        [.. Enumerable.Range(0, workers).Select(w =>
        {
            var starts = spans.Where(s => s.Worker == w).GroupBy(s => s.Step).OrderBy(g => g.Key).Select(g => g.Min(s => s.StartNs)).ToArray();
            return (IReadOnlyList<double>)[.. starts.Zip(starts.Skip(1), (a, b) => (b - a) / 1e9).Skip(warmupSteps)];
        })];

    /// <summary>
    /// The PS NIC's send and receive utilisation per bin of <paramref name="binNs"/>: each transfer's bytes spread
    /// evenly from when it could start on the wire (its latency passed and the message before it on its connection
    /// arrived) to its arrival, over the capacity of the direction. An approximation of the network's real rates.
    /// </summary>
    public static IReadOnlyList<UtilisationSeries> PsUtilisation(JobModel model, IReadOnlyList<SimulatedSpan> spans, long binNs)
    {
        var end = spans.Max(s => s.EndNs);
        var bins = (int)((end + binNs - 1) / binNs);
        var send = new double[bins];
        var receive = new double[bins];
        var arrived = new Dictionary<(int Worker, TaskKind Kind), long>();
        foreach (var span in spans.OrderBy(s => s.EndNs))
        {
            var kind = model.Kinds[span.Task];
            if (kind is not (TaskKind.Pull or TaskKind.Push))
            {
                continue;
            }

            var ready = span.StartNs + (kind == TaskKind.Pull ? model.DownLatencyNs : model.UpLatencyNs);
            var start = Math.Min(span.EndNs, Math.Max(ready, arrived.GetValueOrDefault((span.Worker, kind), long.MinValue)));
            arrived[(span.Worker, kind)] = span.EndNs;
            var into = kind == TaskKind.Pull ? send : receive;
            var capacityBytesPerBin = (kind == TaskKind.Pull ? model.DownBytesPerNs : model.UpBytesPerNs) * binNs;
            var rate = model.Bytes[span.Task] / (double)Math.Max(1, span.EndNs - start);
            for (var b = (int)(start / binNs); b < bins && b * binNs < span.EndNs; b++)
            {
                var overlap = Math.Min(span.EndNs, (b + 1) * binNs) - Math.Max(start, b * binNs);
                into[b] += rate * overlap / capacityBytesPerBin;
            }
        }

        var times = Enumerable.Range(0, bins).Select(b => (b + 0.5) * binNs / 1e9).ToArray();
        return [new("PS 0 send", times, [.. send.Select(u => Math.Min(1, u))]), new("PS 0 receive", times, [.. receive.Select(u => Math.Min(1, u))])];
    }
}
