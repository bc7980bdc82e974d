using SgdSim.Simulation;

namespace SgdSim.Reports;

/// <summary>Time series of one simulation run, for the step-time and NIC-utilisation plots.</summary>
public static class RunSeries
{
    /// <summary>Each worker's step times in seconds (from one step's completion to the next), warm-up steps left out.</summary>
    public static IReadOnlyList<IReadOnlyList<double>> StepTimes(SimulationResult result, int warmupSteps)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.StepCompletionsNs.Select(completions => (IReadOnlyList<double>)
            [.. Enumerable.Range(Math.Max(1, warmupSteps + 1), Math.Max(0, completions.Length - 1 - warmupSteps))
                .Select(k => (completions[k] - completions[k - 1]) / 1e9)])];
    }

    /// <summary>
    /// The utilisation of each parameter-server shard's NIC (or, in all-reduce mode, each recorded worker's), per
    /// direction, averaged over <paramref name="bins"/> equal bins of the run. The run must have recorded its traffic
    /// (<see cref="SimulationOptions.RecordWorkers"/> above 0): the samples are taken whenever a message is sent or
    /// arrives, and between two such moments each NIC's bytes grow at a constant rate, so the averages are exact.
    /// </summary>
    public static IReadOnlyList<UtilisationSeries> NicUtilisation(ClusterSimulation simulation, int bins = 100)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var traffic = simulation.Traffic ?? throw new ArgumentException("The simulation recorded no traffic (RecordWorkers was 0).", nameof(simulation));
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var end = traffic.Count == 0 ? 1 : traffic[^1].TimeNs;
        var width = Math.Max(1.0, end / (double)bins);
        var times = Enumerable.Range(0, bins).Select(b => (b + 0.5) * width / 1e9).ToArray();
        var series = new List<UtilisationSeries>();
        var workers = simulation.EgressBytesPerNs.Count - simulation.Shards;
        foreach (var node in traffic.Select(s => s.Node).Distinct().Order())
        {
            var samples = traffic.Where(s => s.Node == node).ToArray();
            var name = simulation.Shards == 0 ? $"worker {node}" : simulation.Shards == 1 ? "PS" : $"PS {node - workers}";
            series.Add(new($"{name} send", times, Binned(samples, s => s.BytesSent, simulation.EgressBytesPerNs[node], width, bins)));
            series.Add(new($"{name} receive", times, Binned(samples, s => s.BytesReceived, simulation.IngressBytesPerNs[node], width, bins)));
        }

        return series;
    }

    private static double[] Binned(TrafficSample[] samples, Func<TrafficSample, double> bytes, double capacityBytesPerNs, double width, int bins)
    {
        // Cumulative bytes at a moment, by linear interpolation between the samples around it.
        double At(double time)
        {
            var i = Array.FindIndex(samples, s => s.TimeNs >= time);
            if (i < 0)
            {
                return bytes(samples[^1]);
            }

            if (i == 0)
            {
                return bytes(samples[0]) * Math.Clamp(time / Math.Max(1, samples[0].TimeNs), 0, 1);
            }

            var (a, b) = (samples[i - 1], samples[i]);
            var share = b.TimeNs == a.TimeNs ? 1 : (time - a.TimeNs) / (b.TimeNs - a.TimeNs);
            return bytes(a) + ((bytes(b) - bytes(a)) * share);
        }

        return [.. Enumerable.Range(0, bins).Select(k => Math.Clamp((At((k + 1) * width) - At(k * width)) / (capacityBytesPerNs * width), 0, 1))];
    }
}
