using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Simulation.Network;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests.Simulation;

/// <summary>A network model added from outside the library: every message arrives the moment it is sent.</summary>
public sealed class ToyNetworkModelTests
{
    [Fact]
    public void With_an_infinitely_fast_network_the_throughput_is_the_compute_bound_one()
    {
        // A chain pull, compute, push on a link so slow that a transfer takes a second.
        const long computeNs = 5_000_000;
        const long latencyNs = 1_000;
        var model = Models.Chain(bytes: 1_000_000, bytesPerNs: 0.001, latencyNs, computeNs);
        var options = new SimulationOptions(4, Steps: 12, WarmupSteps: 2, DurationMode.Median) { Network = (topology, _) => new InstantNetwork(topology.Nodes) };

        var instant = new ClusterSimulation(model, options).Run();
        var real = new ClusterSimulation(model, options with { Network = null }).Run();

        // Each worker: compute plus the two latencies, nothing waits for the wire or for another worker.
        Assert.Equal(4 * 1e9 / (computeNs + (2 * latencyNs)), instant.ThroughputStepsPerS, 6);
        Assert.True(real.ThroughputStepsPerS < instant.ThroughputStepsPerS / 100, $"{real.ThroughputStepsPerS} steps/s on the real network");
    }

    [Fact]
    public void A_toy_network_runs_a_prediction_of_the_bundled_trace_and_counts_every_byte_once_each_way()
    {
        var model = Calibrator.Calibrate(TraceReader.Read(Paths.BundledMlp));
        InstantNetwork? network = null;
        var options = new SimulationOptions(3, Steps: 8, WarmupSteps: 2, DurationMode.Median)
        {
            Network = (topology, _) => network = new InstantNetwork(topology.Nodes),
        };

        var result = new ClusterSimulation(model, options).Run();

        Assert.NotNull(network);
        Assert.True(result.ThroughputStepsPerS > 0);
        Assert.True(network.Sends > 0);
        Assert.Equal(network.TotalSent, network.TotalReceived);
        Assert.InRange(result.PayloadBytesSentByServer + result.PayloadBytesReceivedByServer, 1, network.TotalSent); // delivered, never more than sent
    }

    // Delivers every message at the time it is sent: the next completion is now while any wait.
    private sealed class InstantNetwork(int nodes) : INetworkModel
    {
        private readonly List<int> _inFlight = [];
        private readonly double[] _sent = new double[nodes];
        private readonly double[] _received = new double[nodes];
        private long _now;

        public int Sends { get; private set; }

        public double TotalSent => _sent.Sum();

        public double TotalReceived => _received.Sum();

        public long NextCompletion => _inFlight.Count > 0 ? _now : long.MaxValue;

        public void Send(long now, int source, int destination, long bytes, long priority, int tag)
        {
            _now = now;
            _inFlight.Add(tag);
            _sent[source] += bytes;
            _received[destination] += bytes;
            Sends++;
        }

        public void AdvanceTo(long now, List<int> arrived)
        {
            _now = now;
            arrived.AddRange(_inFlight);
            _inFlight.Clear();
        }

        public void Observe(long now) => _now = now;

        public double BytesSent(int node) => _sent[node];

        public double BytesReceived(int node) => _received[node];
    }
}
