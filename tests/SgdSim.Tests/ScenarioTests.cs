using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Simulation.Policies;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

/// <summary>Transfer policies, shards, training modes and heterogeneity against closed forms and orderings.</summary>
public sealed class ScenarioTests
{
    private const double Gbit = 0.125; // bytes per ns

    private static readonly Lazy<JobModel> Bundled = new(() =>
        Calibrator.Calibrate(TraceReader.Read(Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"))));

    private static SimulationResult Run(JobModel model, int workers, Scenario scenario, int steps = 30) =>
        new ClusterSimulation(model, new SimulationOptions(workers, steps, WarmupSteps: 4, DurationMode.Median, Scenario: scenario)).Run();

    private static Prediction Predict(JobModel model, int workers, Scenario scenario, int replicas = 6, int steps = 24) =>
        Predictor.Predict(model, new PredictionOptions([workers], replicas, Seed: 3, steps, Scenario: scenario))[0];

    // Pull w (1 byte), compute, push w, update w: compute-bound, the network practically free.
    private static JobModel ComputeBound(long computeNs, long updateNs = 0)
    {
        var b = new ModelBuilder(bytesPerNs: 1000);
        var pull = b.Pull("w", 1);
        var compute = b.Compute("compute", computeNs, after: pull);
        var push = b.Push("w", 1, compute);
        b.Update("w", updateNs, push);
        return b.Build();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(9)]
    public void Sync_with_identical_workers_and_no_network_cost_runs_N_over_the_step_time(int workers)
    {
        var result = Run(ComputeBound(10_000_000), workers, new Scenario { Mode = TrainingMode.Sync });

        Assert.Equal(workers / 0.010, result.ThroughputStepsPerS, workers / 0.010 * 1e-3);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    public void Ring_all_reduce_moves_two_N_minus_one_over_N_of_the_gradient_and_takes_its_closed_form_time(int workers)
    {
        const long bytes = 600_000;
        const long latency = 50_000;
        const long compute = 20_000_000;
        var b = new ModelBuilder(Gbit, latency);
        var forward = b.Compute("compute", compute);
        var push = b.Push("w", bytes, forward);
        b.Update("w", 0, push);
        var scenario = new Scenario { Mode = TrainingMode.AllReduce };
        const int steps = 12;

        var result = Run(b.Build(), workers, scenario, steps);

        var perWorkerPerStep = result.RingPayloadBytes / (double)(workers * steps);
        Assert.Equal(2.0 * (workers - 1) / workers * bytes, perWorkerPerStep, 1e-6);
        var ring = 2 * (workers - 1) * (latency + (bytes / (double)workers / Gbit));
        var expected = workers / ((compute + ring) / 1e9);
        Assert.Equal(expected, result.ThroughputStepsPerS, expected * 1e-3);
        Assert.Equal(0, result.PayloadBytesSentByServer);
    }

    [Fact]
    public void Buckets_fuse_gradients_into_one_ring_that_moves_the_same_bytes_in_its_closed_form_time()
    {
        const long latency = 1_000_000; // 1 ms per message
        var b = new ModelBuilder(Gbit, latency);
        var forward = b.Compute("compute", 1_000_000);
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            b.Push(name, 40_000, forward);
        }

        var model = b.Build();
        var alone = Run(model, 4, new Scenario { Mode = TrainingMode.AllReduce, BucketBytes = 1 }, steps: 10);
        var fused = Run(model, 4, new Scenario { Mode = TrainingMode.AllReduce }, steps: 10);

        Assert.Equal(alone.RingPayloadBytes, fused.RingPayloadBytes);
        Assert.Equal(10 * 4 * 2 * 3 / 4.0 * 160_000, fused.RingPayloadBytes, 1e-6);

        // One bucket of 160 kB: 6 phases of latency + 40 kB / capacity after the compute.
        var expected = 4 / ((1_000_000 + (6 * (latency + (40_000 / Gbit)))) / 1e9);
        Assert.Equal(expected, fused.ThroughputStepsPerS, expected * 1e-3);

        // Alone, the four rings run side by side on the same connections: their latencies overlap and their smaller
        // chunks pipeline, so without a per-message cost beyond the latency, fusing never wins in this model.
        Assert.True(alone.ThroughputStepsPerS >= fused.ThroughputStepsPerS);
    }

    [Fact]
    public void Two_shards_of_a_transfer_bound_job_approach_twice_one_servers_saturated_throughput()
    {
        var b = new ModelBuilder(Gbit);
        var a = b.Pull("a", 10_000_000);
        var c = b.Pull("b", 10_000_000);
        var compute = b.Compute("compute", 1_000_000, after: [a, c]);
        b.Update("a", 0, b.Push("a", 10_000_000, compute));
        b.Update("b", 0, b.Push("b", 10_000_000, compute));
        var model = b.Build();

        var one = Predict(model, 8, new Scenario { Shards = 1 }.Evenly());
        var two = Predict(model, 8, new Scenario { Shards = 2 }.Evenly());

        // Connections sharing NICs evenly (TCP's measured unevenness would move them apart), identical workers started
        // together stay in step: all pull (the PS NIC sends 2 × 10 MB each), compute, then
        // all push; one step of the 8 takes 4 × 8 × 10 MB / capacity + compute.
        var lockstep = 8 / (((4 * 8 * 10_000_000 / Gbit) + 1_000_000) / 1e9);
        Assert.Equal(lockstep, one.ThroughputStepsPerS, 0.01 * lockstep);
        Assert.InRange(two.ThroughputStepsPerS / one.ThroughputStepsPerS, 1.85, 2.02);
        Assert.Equal(2, two.ShardSendUtilisation.Length);
    }

    // K forward layers, each needing its own parameter and the layer before; every transfer takes as long as a layer.
    private static JobModel Layers(int layers, long bytes, long layerNs)
    {
        var b = new ModelBuilder(Gbit);
        var pulls = Enumerable.Range(0, layers).Select(i => b.Pull($"w{i}", bytes)).ToArray();
        var previous = -1;
        for (var i = 0; i < layers; i++)
        {
            previous = b.Compute($"forward {i}", layerNs, startNs: i * layerNs, after: previous < 0 ? [pulls[i]] : [pulls[i], previous]);
        }

        for (var i = layers - 1; i >= 0; i--)
        {
            b.Update($"w{i}", 0, b.Push($"w{i}", bytes, previous));
        }

        return b.Build();
    }

    [Fact]
    public void Tic_wins_clearly_over_a_random_order_when_the_forward_pass_waits_on_its_parameters()
    {
        var model = Layers(8, 1_000_000, 8_000_000);

        var random = Predict(model, 1, new Scenario { Policy = TransmissionPolicy.TfDefault }, replicas: 10);
        var tic = Predict(model, 1, new Scenario { Policy = TransmissionPolicy.Tic });

        Assert.True(tic.Ci95Low > random.Ci95High, $"tic {tic.ThroughputStepsPerS:0.00} vs tf-default {random.ThroughputStepsPerS:0.00}");
        Assert.True(tic.ThroughputStepsPerS > 1.15 * random.ThroughputStepsPerS);

        // In layer order the forward pass follows the transfers one layer behind: 8 transfers, one layer, 8 pushes.
        var step = 1 / Run(model, 1, new Scenario { Policy = TransmissionPolicy.Tic }).ThroughputStepsPerS;
        Assert.Equal((8 + 1 + 8) * 0.008, step, 1e-4);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Tic_never_loses_to_the_random_order_beyond_the_confidence_interval_on_the_bundled_trace(int workers)
    {
        var random = Predict(Bundled.Value, workers, new Scenario { Policy = TransmissionPolicy.TfDefault }, replicas: 4, steps: 14);
        var tic = Predict(Bundled.Value, workers, new Scenario { Policy = TransmissionPolicy.Tic }, replicas: 4, steps: 14);

        var slack = (random.Ci95High - random.ThroughputStepsPerS) + (tic.Ci95High - tic.ThroughputStepsPerS);
        Assert.True(tic.ThroughputStepsPerS >= random.ThroughputStepsPerS - slack,
            $"tic {tic.ThroughputStepsPerS:0.000} ± vs tf-default {random.ThroughputStepsPerS:0.000}, slack {slack:0.000}");
    }

    [Fact]
    public void P3_lets_an_urgent_tensor_overtake_a_large_one_between_slices()
    {
        var b = new ModelBuilder(Gbit);
        var big = b.Pull("big", 10_000_000); // 80 ms on the wire
        var lookup = b.Add("serve small", TaskKind.ServerOp, 1_000_000);
        var small = b.Pull("small", 1_000, lookup);
        var first = b.Compute("forward 0", 10_000_000, after: small);
        b.Compute("forward 1", 10_000_000, after: [big, first]);
        var model = b.Build();

        var whole = 1 / Run(model, 1, new Scenario { Policy = TransmissionPolicy.Tic }).ThroughputStepsPerS;
        var sliced = 1 / Run(model, 1, new Scenario { Policy = TransmissionPolicy.P3 }).ThroughputStepsPerS;

        // Whole: the small tensor waits for the large one (80 ms), then both layers run: 100 ms.
        // Sliced: it goes after the slice on the wire, layer 0 runs meanwhile; the large tensor still takes 80 ms.
        Assert.Equal(0.100, whole, 1e-3);
        Assert.Equal(0.090, sliced, 1e-3);
    }

    [Fact]
    public void Stale_synchronous_with_bound_0_equals_synchronous_when_updates_cost_nothing()
    {
        var model = Layers(4, 20_000, 2_000_000);
        var speeds = new[] { 1.0, 1.0, 0.5 };

        var sync = Run(model, 3, new Scenario { Mode = TrainingMode.Sync, WorkerSpeeds = speeds });
        var ssp0 = Run(model, 3, new Scenario { Mode = TrainingMode.StaleSynchronous(0), WorkerSpeeds = speeds });
        var async = Run(model, 3, new Scenario { WorkerSpeeds = speeds });

        Assert.Equal(sync.ThroughputStepsPerS, ssp0.ThroughputStepsPerS, 9);
        Assert.True(async.ThroughputStepsPerS > 1.1 * sync.ThroughputStepsPerS, "the slow worker must hold the others back");
    }

    [Fact]
    public void A_large_staleness_bound_is_asynchronous_and_bound_0_is_synchronous_on_the_bundled_trace()
    {
        var model = Bundled.Value;
        var speeds = new[] { 1.0, 1.0, 1.0, 0.6 };
        var async = Predict(model, 4, new Scenario { WorkerSpeeds = speeds }, replicas: 3, steps: 16);
        var loose = Predict(model, 4, new Scenario { Mode = TrainingMode.StaleSynchronous(1000), WorkerSpeeds = speeds }, replicas: 3, steps: 16);
        var sync = Predict(model, 4, new Scenario { Mode = TrainingMode.Sync, WorkerSpeeds = speeds }, replicas: 3, steps: 16);
        var ssp0 = Predict(model, 4, new Scenario { Mode = TrainingMode.StaleSynchronous(0), WorkerSpeeds = speeds }, replicas: 3, steps: 16);

        Assert.Equal(async.ReplicaStepsPerS, loose.ReplicaStepsPerS);
        Assert.Equal(sync.ThroughputStepsPerS, ssp0.ThroughputStepsPerS, 0.05 * sync.ThroughputStepsPerS);
    }

    [Fact]
    public void One_straggler_among_sync_workers_costs_its_factor_and_among_async_workers_only_its_own_share()
    {
        var model = ComputeBound(10_000_000);
        var slow = new Scenario { Stragglers = new Stragglers(1, 2) };

        var sync = Run(model, 4, slow with { Mode = TrainingMode.Sync });
        var async = Run(model, 4, slow);

        Assert.Equal(4 / 0.020, sync.ThroughputStepsPerS, 0.2);
        Assert.Equal((3 / 0.010) + (1 / 0.020), async.ThroughputStepsPerS, 0.3);
        Assert.Equal(sync.ThroughputStepsPerS,
            Run(model, 4, new Scenario { Mode = TrainingMode.Sync, WorkerSpeeds = [1, 1, 1, 0.5] }).ThroughputStepsPerS, 9);
    }

    [Fact]
    public void A_faster_server_NIC_raises_the_saturated_throughput_in_proportion()
    {
        var model = Models.Chain(bytes: 1_000_000, bytesPerNs: Bandwidth.PayloadBytesPerNs(1e9), latencyNs: 0, computeNs: 100_000);

        var given = Run(model, 12, new Scenario { ServerBitsPerS = [1e9] }.Evenly());
        var faster = Run(model, 12, new Scenario { ServerBitsPerS = [2e9] }.Evenly());

        // Sharing NICs evenly, in lockstep the 12 workers pull through the PS NIC, compute, then push through it: 2 × 12 transfers per step.
        var lockstep = 12 / (((2 * 12 * 1_000_000 / Bandwidth.PayloadBytesPerNs(1e9)) + 100_000) / 1e9);
        Assert.Equal(lockstep, given.ThroughputStepsPerS, 0.001 * lockstep);
        Assert.InRange(faster.ThroughputStepsPerS / given.ThroughputStepsPerS, 1.95, 2.01);
    }

    [Fact]
    public void Round_robin_deals_parameters_in_order_and_greedy_bytes_balances_them()
    {
        var b = new ModelBuilder(Gbit);
        foreach (var (name, bytes) in new[] { ("a", 10L), ("b", 7L), ("c", 5L), ("d", 3L) })
        {
            b.Pull(name, bytes);
        }

        var model = b.Build();
        var roundRobin = ShardPlan.Assign(model, 2, ShardPlacement.RoundRobin);
        var greedy = ShardPlan.Assign(model, 2, ShardPlacement.GreedyBytes);

        Assert.Equal([0, 1, 0, 1], roundRobin.ShardOfParameter);
        Assert.Equal([15L, 10L], roundRobin.PullBytes);
        Assert.Equal([0, 1, 1, 0], greedy.ShardOfParameter);
        Assert.Equal([13L, 12L], greedy.PullBytes);
    }

    [Fact]
    public void Tic_ranks_follow_the_forward_pass_and_tac_the_measured_first_use()
    {
        // Parameter "late" is requested first but consumed last; "early" feeds the first layer.
        var b = new ModelBuilder(Gbit);
        var late = b.Pull("late", 100);
        var early = b.Pull("early", 100);
        var middle = b.Pull("middle", 100);
        var first = b.Compute("layer 1", 1, startNs: 300, after: early);
        var second = b.Compute("layer 2", 1, startNs: 200, after: [middle, first]);
        b.Compute("layer 3", 1, startNs: 100, after: [late, second]);
        var model = b.Build();

        Assert.Equal([2, 0, 1], TransferOrder.TimingIndependent(model));
        Assert.Equal([0, 2, 1], TransferOrder.TimingAware(model)); // by the (here reversed) measured starts
    }
}
