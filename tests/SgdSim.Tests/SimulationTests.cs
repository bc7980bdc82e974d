using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Simulation.Engine;
using SgdSim.Simulation.Network;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

/// <summary>The simulator against closed forms and invariants.</summary>
public sealed class SimulationTests
{
    private static readonly Lazy<JobModel> Bundled = new(() =>
        Calibrator.Calibrate(TraceReader.Read(Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"))));

    private sealed class Recorder(int seed) : Simulation<(long Time, int Id)>(seed)
    {
        public List<(long Now, int Id)> Seen { get; } = [];

        public int Draw() => Random.Next();

        protected override void Handle(in (long Time, int Id) e) => Seen.Add((Now, e.Id));
    }

    [Fact]
    public void The_engine_handles_events_in_time_order_and_ties_in_scheduling_order()
    {
        var sim = new Recorder(1);
        sim.Schedule(30, (30, 1));
        sim.Schedule(10, (10, 2));
        sim.Schedule(30, (30, 3));
        sim.Schedule(10, (10, 4));
        sim.Run();

        Assert.Equal([(10L, 2), (10L, 4), (30L, 1), (30L, 3)], sim.Seen);
        Assert.Equal(4, sim.EventsProcessed);
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Schedule(29, (29, 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Run(until: 30));
    }

    [Fact]
    public void The_engine_random_generator_is_seeded()
    {
        Assert.Equal(new Recorder(7).Draw(), new Recorder(7).Draw());
        Assert.NotEqual(new Recorder(7).Draw(), new Recorder(8).Draw());
    }

    [Fact]
    public void One_message_on_an_idle_link_takes_bytes_over_capacity()
    {
        var network = new ConnectionQueueNetwork(new StarTopology([0.125, 0.125], [0.125, 0.125])); // 1 Gbit/s
        network.Send(0, 1, 0, 1_000_000, 0, tag: 42);

        Assert.Equal(8_000_000, network.NextCompletion);
        var arrived = new List<int>();
        network.AdvanceTo(network.NextCompletion, arrived);
        Assert.Equal([42], arrived);
        Assert.Equal(1_000_000, network.BytesSent(1), 6);
    }

    [Fact]
    public void Two_equal_flows_on_one_NIC_share_it_equally()
    {
        var network = new ConnectionQueueNetwork(new StarTopology([0.125, 0.125, 0.125], [0.125, 0.125, 0.125]));
        network.Send(0, 2, 0, 1_000_000, 0, tag: 1);
        network.Send(0, 2, 1, 1_000_000, 0, tag: 2);

        Assert.Equal(network.Rate(2, 0), network.Rate(2, 1));
        Assert.Equal(0.0625, network.Rate(2, 0), 12);
        Assert.Equal(16_000_000, network.NextCompletion);
    }

    [Fact]
    public void Messages_of_one_connection_go_one_at_a_time_in_priority_order()
    {
        var network = new ConnectionQueueNetwork(new StarTopology([0.125, 0.125], [0.125, 0.125]));
        network.Send(0, 1, 0, 1_000_000, priority: 5, tag: 1);
        network.Send(0, 1, 0, 1_000_000, priority: 9, tag: 2);
        network.Send(0, 1, 0, 1_000_000, priority: 3, tag: 3);
        var arrived = new List<int>();
        while (network.NextCompletion != long.MaxValue)
        {
            Assert.Equal(0.125, network.Rate(1, 0), 12); // the whole link, never shared within a connection
            network.AdvanceTo(network.NextCompletion, arrived);
        }

        Assert.Equal([1, 3, 2], arrived); // the first was already on the wire; then by priority
    }

    [Fact]
    public void A_chain_on_idle_links_takes_latency_plus_bytes_over_capacity_each_way_plus_compute()
    {
        var model = Models.Chain(bytes: 1_000_000, bytesPerNs: 0.125, latencyNs: 50_000, computeNs: 3_000_000);
        var result = new ClusterSimulation(model, new SimulationOptions(1, Steps: 10, WarmupSteps: 2)).Run();

        var step = 2 * (50_000 + 8_000_000) + 3_000_000;
        Assert.Equal(1e9 / step, result.ThroughputStepsPerS, 6);
    }

    [Fact]
    public void Two_workers_of_a_chain_started_together_split_the_server_NIC()
    {
        // Sharing NICs evenly, both pull at once (half rate each), compute together, push together: a step of
        // 2 × 2 × 8 ms + 3 ms.
        var model = Models.Chain(bytes: 1_000_000, bytesPerNs: 0.125, latencyNs: 0, computeNs: 3_000_000);
        var result = new ClusterSimulation(model, new SimulationOptions(2, Steps: 10, WarmupSteps: 2, Scenario: Scenario.Default.Evenly())).Run();

        Assert.Equal(2 * 1e9 / (32_000_000 + 3_000_000), result.ThroughputStepsPerS, 6);
        Assert.Equal(16_000_000 / 35_000_000.0, result.ServerEgressUtilisation, 3); // 2 × 1 MB at 1 Gbit/s per 35 ms
    }

    [Fact]
    public void With_TCPs_uneven_shares_two_workers_started_together_drift_apart_and_beat_lockstep()
    {
        // The same chain on the default network: the weights drawn per busy period move the workers out of step, so
        // one pulls while the other pushes part of the time.
        var model = Models.Chain(bytes: 1_000_000, bytesPerNs: 0.125, latencyNs: 0, computeNs: 3_000_000);
        var result = new ClusterSimulation(model, new SimulationOptions(2, Steps: 200, WarmupSteps: 2)).Run();

        Assert.True(Scenario.Default.Sharing.IsUnequal);
        Assert.True(result.ThroughputStepsPerS > 1.05 * 2 * 1e9 / (32_000_000 + 3_000_000), $"{result.ThroughputStepsPerS} steps/s");
    }

    [Fact]
    public void Runs_launched_together_measure_what_the_testbed_would_and_are_dropped_when_too_short()
    {
        // Sharing evenly with median durations, two workers launched together stay in lockstep, so every run of
        // 1 s measures the lockstep rate: 2 / 35 ms (2 × 2 × 8 ms of transfers + 3 ms of compute per step).
        var model = Models.Chain(bytes: 1_000_000, bytesPerNs: 0.125, latencyNs: 0, computeNs: 3_000_000);
        var template = new SimulationOptions(1, Durations: DurationMode.Median, Scenario: Scenario.Default.Evenly());

        var runs = LaunchedRuns.Simulate(model, template, workers: 2, seconds: 1, runs: 5);
        var shortest = LaunchedRuns.Simulate(model, template, workers: 2, seconds: 0.1, runs: 5);
        var tooShort = LaunchedRuns.Simulate(model, template, workers: 2, seconds: 0.05, runs: 5);

        Assert.Equal(2 / 0.035, runs.MeanStepsPerS, 6);
        Assert.Equal((5, 0), (runs.Kept, runs.Dropped));
        Assert.Equal(runs.Low, runs.High, 6);
        // 0.1 s: steps end at 35, 70 and (begun before the end) 105 ms, the 3 the testbed needs: one interval counted.
        Assert.Equal(5, shortest.Kept);
        Assert.Equal(2 / 0.035, shortest.MeanStepsPerS, 6);
        Assert.Equal((0, 5), (tooShort.Kept, tooShort.Dropped)); // 0.05 s: steps end at 35 and 70 ms, fewer than 3
        Assert.True(double.IsNaN(tooShort.MeanStepsPerS));
    }

    [Fact]
    public void One_worker_replays_the_bundled_trace_at_its_median_step_time()
    {
        var model = Bundled.Value;
        var result = new ClusterSimulation(model, new SimulationOptions(1, Durations: DurationMode.Median)).Run();
        var gap = model.StepGapSamples[model.StepGapSamples.Length / 2];

        var simulatedStep = 1e9 / result.ThroughputStepsPerS - gap;
        Assert.InRange(simulatedStep / model.MedianStepNs, 0.98, 1.02);
    }

    [SharedTheory("groundtruth")]
    [InlineData("mlp-b128-1gbit")]
    [InlineData("mlp-b16-300mbit")]
    [InlineData("cnn-b64-1gbit")]
    public void One_worker_replays_a_ground_truth_trace_at_its_median_step_time(string set)
    {
        var model = Calibrator.Calibrate(TraceReader.Read(Paths.SharedPath($"groundtruth/{set}/trace")));
        var result = new ClusterSimulation(model, new SimulationOptions(1, Durations: DurationMode.Median)).Run();
        var gap = model.StepGapSamples[model.StepGapSamples.Length / 2];

        var simulatedStep = 1e9 / result.ThroughputStepsPerS - gap;
        Assert.InRange(simulatedStep / model.MedianStepNs, 0.98, 1.02);
    }

    [Fact]
    public void Bytes_moved_are_steps_times_bytes_per_step()
    {
        var model = Bundled.Value;
        var one = new ClusterSimulation(model, new SimulationOptions(1, Steps: 12)).Run();
        Assert.Equal(12, one.StepsCompleted);
        Assert.Equal(12.0 * model.PullBytesPerStep, one.PayloadBytesSentByServer);
        Assert.Equal(12.0 * model.PushBytesPerStep, one.PayloadBytesReceivedByServer);

        // With several workers the run stops mid-step for all but one: at most one step each in flight.
        var three = new ClusterSimulation(model, new SimulationOptions(3, Steps: 12)).Run();
        Assert.InRange(three.PayloadBytesSentByServer, three.StepsCompleted * (double)model.PullBytesPerStep, (three.StepsCompleted + 3) * (double)model.PullBytesPerStep);
    }

    [Fact]
    public void The_same_seed_gives_the_same_prediction_and_another_seed_another()
    {
        var options = new PredictionOptions([1, 3], Replicas: 3, Seed: 5, Steps: 12);
        var a = Predictor.Predict(Bundled.Value, options);
        var b = Predictor.Predict(Bundled.Value, options);
        var c = Predictor.Predict(Bundled.Value, options with { Seed = 6 });

        Assert.Equal(a.SelectMany(p => p.ReplicaStepsPerS), b.SelectMany(p => p.ReplicaStepsPerS));
        Assert.NotEqual(a.SelectMany(p => p.ReplicaStepsPerS), c.SelectMany(p => p.ReplicaStepsPerS));
    }

    [Fact]
    public void More_bandwidth_never_lowers_throughput_beyond_the_confidence_interval()
    {
        var options = new PredictionOptions([1, 2, 4, 8], Replicas: 4, Steps: 16);
        var slow = Predictor.Predict(Bandwidth.Apply(Bundled.Value, 1e9), options);
        var fast = Predictor.Predict(Bandwidth.Apply(Bundled.Value, 10e9), options);

        foreach (var (s, f) in slow.Zip(fast))
        {
            Assert.True(f.Ci95High >= s.Ci95Low, $"N={s.Workers}: 10 Gbit/s gives {f.ThroughputStepsPerS:0.000}, 1 Gbit/s {s.ThroughputStepsPerS:0.000}");
        }

        Assert.True(fast[^1].ThroughputStepsPerS > slow[^1].ThroughputStepsPerS * 1.5, "8 workers on a 10x faster network should be much faster");
    }

    [Fact]
    public void Every_task_of_every_step_runs_exactly_once_and_time_never_decreases()
    {
        var model = Bundled.Value;
        var sim = new ClusterSimulation(model, new SimulationOptions(3, Steps: 8, WarmupSteps: 2, Seed: 11, RecordWorkers: 3));
        var result = sim.Run();
        var spans = sim.Recording!;

        foreach (var group in spans.GroupBy(s => (s.Worker, s.Step)))
        {
            var tasks = group.Select(s => s.Task).ToList();
            Assert.Equal(tasks.Count, tasks.Distinct().Count());
            if (group.Key.Step < 8)
            {
                Assert.Equal(model.TaskCount, tasks.Count);
            }
        }

        Assert.All(spans, s => Assert.True(s.EndNs >= s.StartNs));
        Assert.Equal(result.StepsCompleted, spans.GroupBy(s => (s.Worker, s.Step)).Count(g => g.Count() == model.TaskCount));
    }

    [Fact]
    public void A_task_starts_only_after_all_its_predecessors_ended()
    {
        var model = Bundled.Value;
        var sim = new ClusterSimulation(model, new SimulationOptions(2, Steps: 6, WarmupSteps: 2, RecordWorkers: 2));
        sim.Run();
        var byKey = sim.Recording!.ToDictionary(s => (s.Worker, s.Step, s.Task));

        foreach (var span in sim.Recording!)
        {
            for (var k = model.SuccessorStart[span.Task]; k < model.SuccessorStart[span.Task + 1]; k++)
            {
                if (byKey.TryGetValue((span.Worker, span.Step, model.Successors[k]), out var next))
                {
                    Assert.True(next.StartNs >= span.EndNs, $"{model.Names[next.Task]} started before {model.Names[span.Task]} ended");
                }
            }
        }
    }

    [Theory]
    [InlineData("10Gbps", 10e9)]
    [InlineData("300Mbit", 300e6)]
    [InlineData("1.5 Gbit/s", 1.5e9)]
    [InlineData("1e9bps", 1e9)]
    [InlineData("1Gbit/s", 1e9)]
    [InlineData("1Gb/s", 1e9)]
    [InlineData("1Gbits/s", 1e9)]
    [InlineData("100Mbps", 100e6)]
    [InlineData("100 kbit/s", 100e3)]
    [InlineData("100Kbps", 100e3)]
    [InlineData("1Tbps", 1e12)]
    [InlineData("1GB/s", 8e9)] // bytes: 8 times the bits
    [InlineData("1GBps", 8e9)]
    [InlineData("125MB/s", 1e9)]
    [InlineData("125MBps", 1e9)]
    [InlineData("1.25 GByte/s", 10e9)]
    [InlineData("2 MBytes/s", 16e6)]
    [InlineData("1000B/s", 8000)]
    [InlineData("1kB/s", 8000)]
    [InlineData("1KiB/s", 8192)]
    [InlineData("1MiB/s", 8 * 1048576.0)]
    [InlineData("1GiB/s", 8 * 1073741824.0)]
    [InlineData("1Gibit/s", 1073741824.0)]
    [InlineData("1Tibps", 1099511627776.0)]
    public void Bandwidths_parse_as_people_write_them_with_B_for_bytes_and_b_for_bits(string text, double bits)
    {
        Assert.True(Bandwidth.TryParse(text, out var parsed, out var error), error);
        Assert.Equal(bits, parsed, 6);
    }

    [Theory]
    [InlineData("fast", "is not a bandwidth")]
    [InlineData("-1Gbps", "must be positive")]
    [InlineData("0Gbps", "must be positive")]
    [InlineData("", "is not a bandwidth")]
    [InlineData("1e9", "has no unit")]
    [InlineData("1000", "has no unit")]
    [InlineData("1G", "does not say bits (b) or bytes (B)")]
    [InlineData("1g", "does not say bits (b) or bytes (B)")]
    [InlineData("1G/s", "does not say bits (b) or bytes (B)")]
    [InlineData("1Gb", "is an amount, not a rate")]
    [InlineData("1GB", "is an amount, not a rate")]
    [InlineData("1gbps", "lower-case prefix (write G")]
    [InlineData("100mbps", "lower-case prefix (write M")]
    [InlineData("300mbit", "lower-case prefix (write M")]
    [InlineData("1Gbyteps", "is not a unit of rate")]
    [InlineData("1Xbps", "is not a unit of rate")]
    public void Bandwidths_that_could_be_read_two_ways_are_refused_naming_the_forms_accepted(string text, string reason)
    {
        Assert.False(Bandwidth.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
        if (reason != "must be positive")
        {
            Assert.Contains("b = bits, B = bytes", error);
        }
    }

    [Theory]
    [InlineData(8e9, "8 Gbit/s = 1 GB/s")]
    [InlineData(1e9, "1 Gbit/s = 125 MB/s")]
    [InlineData(300e6, "300 Mbit/s = 37.5 MB/s")]
    public void A_rate_is_shown_in_bits_and_bytes_per_second(double bits, string shown) => Assert.Equal(shown, Bandwidth.FormatBoth(bits));

    [SharedTheory("groundtruth")]
    [InlineData("mlp-b128-1gbit", 1e9)]
    [InlineData("mlp-b16-300mbit", 300e6)]
    [InlineData("cnn-b64-1gbit", 1e9)]
    public void Calibrated_capacity_is_what_TCP_gets_from_the_nominal_link(string set, double nominal)
    {
        var model = Calibrator.Calibrate(TraceReader.Read(Paths.SharedPath($"groundtruth/{set}/trace")));

        Assert.InRange(model.DownBytesPerNs * 8e9 / nominal, 0.90, 1.0);
        Assert.InRange(model.UpBytesPerNs * 8e9 / nominal, 0.90, 1.0);
        Assert.InRange(model.DownLatencyNs, 0, 10_000_000);
    }

    [Fact]
    public void A_recorded_run_becomes_a_trace_whose_steps_hold_every_worker_and_build_acyclic_graphs()
    {
        var model = Bundled.Value;
        var sim = new ClusterSimulation(model, new SimulationOptions(2, Steps: 6, WarmupSteps: 2, RecordWorkers: 2));
        sim.Run();
        var trace = SyntheticJob.Build(model, sim.Recording!, 2, "simulated");

        Assert.Equal(3, trace.Nodes.Count);
        Assert.Equal(NodeRole.ParameterServer, trace.Nodes[2].Role);
        var first = trace.Steps[0];
        Assert.Equal(2 * model.TaskCount, first.Ops.Count);
        Assert.Equal(2 * model.PullBytesPerStep, first.Ops.Where(o => o.Kind == OpKind.ParameterTransfer).Sum(o => o.Bytes!.Value));
        var graph = SgdSim.Graph.StepGraph.Build(trace, first);
        Assert.Equal(2 * model.Successors.Length, graph.DataEdgeCount);
        TraceRequirements.RequireParameterServerJob(trace);
    }
}
