using CsCheck;
using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Simulation.Network;
using SgdSim.Tests.Support;

namespace SgdSim.Tests.Simulation;

/// <summary>Properties of the simulator over random parameter-server jobs: bounds, conservation, monotony.</summary>
public sealed class SimulatorPropertyTests
{
    /// <summary>A random job: per layer the parameter's bytes, its forward and backward compute and its update.</summary>
    private sealed record Job(long[] Bytes, long[] ComputeNs, long UpdateNs, double BytesPerNs, long LatencyNs, int Workers);

    private static readonly Gen<Job> Jobs =
        from layers in Gen.Int[1, 6]
        from bytes in Gen.Long[1, 4_000_000].Array[layers]
        from compute in Gen.Long[1_000, 5_000_000].Array[layers]
        from update in Gen.Long[0, 200_000]
        from rate in Gen.Double[0.01, 2]
        from latency in Gen.Long[0, 100_000]
        from workers in Gen.Int[2, 6]
        select new Job(bytes, compute, update, rate, latency, workers);

    // Pull every parameter at once, forward in order, backward in reverse, push each gradient and apply it.
    private static JobModel Model(Job job)
    {
        var b = new ModelBuilder(job.BytesPerNs, job.LatencyNs);
        var n = job.Bytes.Length;
        var pulls = Enumerable.Range(0, n).Select(i => b.Pull($"w{i}", job.Bytes[i])).ToArray();
        var previous = -1;
        for (var i = 0; i < n; i++)
        {
            previous = b.Compute($"f{i}", job.ComputeNs[i], after: previous < 0 ? [pulls[i]] : [pulls[i], previous]);
        }

        for (var i = n - 1; i >= 0; i--)
        {
            previous = b.Compute($"g{i}", job.ComputeNs[i], after: previous);
            b.Update($"w{i}", job.UpdateNs, b.Push($"w{i}", job.Bytes[i], previous));
        }

        return b.Build();
    }

    private static SimulationResult Run(JobModel model, int workers, NetworkModelFactory? network = null) =>
        new ClusterSimulation(model, new SimulationOptions(workers, Steps: 10, WarmupSteps: 2, DurationMode.Median, Scenario: Scenario.Default.Evenly()) { Network = network }).Run();

    // The job's model and its throughput with one worker and with all of its workers.
    private static (JobModel Model, double One, double Many) Throughputs(Job job)
    {
        var model = Model(job);
        return (model, Run(model, 1).ThroughputStepsPerS, Run(model, job.Workers).ThroughputStepsPerS);
    }

    [Fact]
    public void Throughput_is_never_above_N_one_worker_runs_nor_above_what_the_server_NIC_can_carry()
    {
        Jobs.Sample(job =>
        {
            var (model, one, many) = Throughputs(job);
            var nic = model.DownBytesPerNs * 1e9 / job.Bytes.Sum();
            Assert.True(many <= (job.Workers * one * (1 + 1e-9)) + 1e-9, $"{many} > {job.Workers} × {one}");
            Assert.True(many <= nic * (1 + 1e-9), $"{many} > NIC bound {nic}");
        }, iter: 25);
    }

    [Fact]
    public void Asynchronous_workers_together_never_fall_below_one_worker_alone()
    {
        Jobs.Sample(job =>
        {
            var (_, one, many) = Throughputs(job);
            Assert.True(many >= one * (1 - 1e-9), $"{job.Workers} workers {many} < one worker {one}");
        }, iter: 25);
    }

    [Fact]
    public void Every_byte_sent_is_received_once()
    {
        Jobs.Sample(job =>
        {
            var model = Model(job);
            FlowNetwork? network = null;
            var simulation = new ClusterSimulation(model, new SimulationOptions(job.Workers, Steps: 8, WarmupSteps: 2, Seed: job.Bytes.Length)
            {
                Network = (topology, s) => network = new ConnectionQueueNetwork(topology, s.Spread, s.Seed, s.Reverse),
            });
            var result = simulation.Run();
            network!.Observe(simulation.Now);
            var nodes = job.Workers + 1;
            var sent = Enumerable.Range(0, nodes).Sum(network.BytesSent);
            var received = Enumerable.Range(0, nodes).Sum(network.BytesReceived);
            Assert.Equal(sent, received, sent * 1e-12);

            // Whatever arrived was sent: the payload the results count is at most what crossed the wire.
            Assert.True(result.PayloadBytesSentByServer + result.PayloadBytesReceivedByServer <= sent * (1 + 1e-9));
        }, iter: 25);
    }

    [Fact]
    public void More_bandwidth_never_lowers_the_throughput_beyond_the_confidence_interval()
    {
        Jobs.Sample(job =>
        {
            var model = Model(job);
            Prediction Predict(double factor) => Predictor.Predict(
                model with { DownBytesPerNs = model.DownBytesPerNs * factor, UpBytesPerNs = model.UpBytesPerNs * factor },
                new PredictionOptions([job.Workers], Replicas: 3, Seed: 5, Steps: 10))[0];
            var slow = Predict(1);
            var fast = Predict(2);
            Assert.True(fast.Ci95High >= slow.Ci95Low, $"2× bandwidth: {fast.ThroughputStepsPerS} [{fast.Ci95Low}, {fast.Ci95High}] < {slow.ThroughputStepsPerS} [{slow.Ci95Low}, {slow.Ci95High}]");
        }, iter: 15);
    }
}
