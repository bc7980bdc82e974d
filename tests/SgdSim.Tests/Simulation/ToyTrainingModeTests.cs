using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Simulation.Modes;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests.Simulation;

/// <summary>A training mode added from outside the library: every worker trains alone, exchanging nothing.</summary>
public sealed class ToyTrainingModeTests
{
    private static readonly Lazy<JobModel> Bundled = new(() => Calibrator.Calibrate(TraceReader.Read(Paths.BundledMlp)));

    [Fact]
    public void Workers_that_exchange_nothing_scale_perfectly_and_beat_the_parameter_server()
    {
        SimulationResult Run(int workers, TrainingModeFactory? mode) =>
            new ClusterSimulation(Bundled.Value, new SimulationOptions(workers, Steps: 10, WarmupSteps: 2, DurationMode.Median) { TrainingMode = mode }).Run();

        var one = Run(1, cluster => new LocalTraining(cluster));
        var four = Run(4, cluster => new LocalTraining(cluster));
        var server = Run(4, null);

        Assert.Equal(4 * one.ThroughputStepsPerS, four.ThroughputStepsPerS, 9);
        Assert.Empty(four.ShardEgressUtilisation); // no shards were made
        Assert.Equal(0, four.RingPayloadBytes);
        Assert.True(four.ThroughputStepsPerS > server.ThroughputStepsPerS, $"{four.ThroughputStepsPerS} vs {server.ThroughputStepsPerS} steps/s");
    }

    // Parameters live on each worker and are never averaged: a read, a gradient and an update cost nothing.
    private sealed class LocalTraining(ClusterSimulation cluster) : ITrainingMode
    {
        public bool HasServer => false;

        public bool UpdatesOnWorkers => false;

        public long PeerPayloadBytes => 0;

        public void Ready(int worker, int task) => cluster.Complete(worker, task);

        public void Applied(int worker, int task)
        {
        }

        public void Handle(in ClusterEvent e) => throw new InvalidOperationException("no events of its own");

        public void Arrived(int tag) => throw new InvalidOperationException("no messages of its own");
    }
}
