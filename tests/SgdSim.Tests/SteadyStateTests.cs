using System.Text.Json;
using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>The stopping rule, its confidence interval and the run range, on hand-built jobs that run in milliseconds.</summary>
public sealed class SteadyStateTests
{
    // 1 MB each way at 1 byte/ns (1 ms each) around 20 ms of compute, and a gap before each step drawn from four
    // values: a step of 22–52 ms whose variance moves contending workers apart.
    private static readonly JobModel Job = Models.Chain(1_000_000, 1.0, 0, 20_000_000) with
    {
        StepGapSamples = [0, 5_000_000, 10_000_000, 30_000_000],
    };

    private static IReadOnlyList<Prediction> Predict(int[] workers, StoppingRule rule, double runSeconds = 10, int seed = 1) =>
        Predictor.Predict(Job, new PredictionOptions(workers, Seed: seed) { Until = rule, RunSeconds = runSeconds });

    [Fact]
    public void The_stopping_rule_stops_once_the_interval_is_as_narrow_as_asked()
    {
        foreach (var p in Predict([1, 3], new StoppingRule(Precision: 0.01)))
        {
            Assert.True(p.SteadyState!.PrecisionReached);
            Assert.InRange((p.Ci95High - p.Ci95Low) / 2, 0, 0.01 * p.ThroughputStepsPerS);
            Assert.Equal(p.SteadyState.RelativeHalfWidth, (p.Ci95High - p.Ci95Low) / 2 / p.ThroughputStepsPerS, 9);
            Assert.True(p.SteadyState.Batches >= SteadyState.MinBatches);
        }
    }

    [Fact]
    public void The_interval_of_one_worker_holds_its_closed_form_throughput()
    {
        // Alone, a worker's step is 2 ms of transfers, 20 ms of compute and a gap of 11.25 ms on average.
        var exact = 1e9 / (22_000_000 + 11_250_000);

        var p = Predict([1], new StoppingRule(Precision: 0.005))[0];

        Assert.InRange(exact, p.Ci95Low, p.Ci95High);
    }

    [Fact]
    public void A_tighter_precision_simulates_longer()
    {
        // Short runs, so that enough run windows come early and the precision alone decides.
        var loose = Predict([2], new StoppingRule(Precision: 0.05), runSeconds: 0.5)[0].SteadyState!;
        var tight = Predict([2], new StoppingRule(Precision: 0.002), runSeconds: 0.5)[0].SteadyState!;

        Assert.True(tight.StepsPerWorker > loose.StepsPerWorker, $"{tight.StepsPerWorker} steps for ±0.2%, {loose.StepsPerWorker} for ±5%");
        Assert.True(tight.RelativeHalfWidth <= 0.002);
    }

    [Fact]
    public void A_cap_that_stops_the_rule_short_of_its_precision_is_reported_and_the_interval_kept()
    {
        var rule = new StoppingRule(Precision: 0.0001, MaxSteps: 4 * 2 * 500);

        var p = Predict([2], rule)[0];

        Assert.False(p.SteadyState!.PrecisionReached);
        Assert.True(p.SteadyState.RelativeHalfWidth > 0.0001);
        Assert.True((long)rule.Replicas * 2 * p.SteadyState.StepsPerWorker <= rule.MaxSteps);
        Assert.InRange(p.ThroughputStepsPerS, p.Ci95Low, p.Ci95High);
        Assert.True(p.Ci95High > p.Ci95Low);
    }

    [Fact]
    public void The_run_range_contains_the_mean_and_widens_as_the_run_shrinks()
    {
        var rule = new StoppingRule(Precision: 0.01);
        var tenSeconds = Predict([2], rule, runSeconds: 10)[0];
        var twoSeconds = Predict([2], rule, runSeconds: 2)[0];

        foreach (var p in new[] { tenSeconds, twoSeconds })
        {
            Assert.InRange(p.ThroughputStepsPerS, p.RunRange95Low, p.RunRange95High);
            Assert.True(p.RunWindows >= SteadyState.MinRunWindows);
        }

        Assert.True(twoSeconds.RunRange95High - twoSeconds.RunRange95Low > tenSeconds.RunRange95High - tenSeconds.RunRange95Low);
    }

    [Fact]
    public void The_same_seed_gives_the_same_numbers_and_another_seed_others()
    {
        var rule = new StoppingRule(Precision: 0.02);

        var a = Predict([1, 2, 3], rule);
        var b = Predict([1, 2, 3], rule);
        var c = Predict([1, 2, 3], rule, seed: 2);

        Assert.Equivalent(a, b, strict: true);
        Assert.NotEqual(a.Select(p => p.ThroughputStepsPerS), c.Select(p => p.ThroughputStepsPerS));
    }

    [Fact]
    public void A_continued_run_completes_its_steps_when_a_run_of_that_length_from_the_start_would()
    {
        SimulationOptions Options(int steps) => new(3, steps, Seed: 9);
        var shorter = new ClusterSimulation(Job, Options(40));
        shorter.Run();

        var continued = shorter.Continue(100);
        var whole = new ClusterSimulation(Job, Options(100)).Run();

        Assert.Equal(whole.StepCompletionsNs, continued.StepCompletionsNs);
        Assert.Equal(whole.ThroughputStepsPerS, continued.ThroughputStepsPerS);
    }

    [Fact]
    public void Replicas_that_disagree_widen_the_interval_to_what_the_replicas_alone_support()
    {
        // Two runs at constant but different rates: every batch of a run equals the next, so batches are no samples.
        static (long[], long, long) Every(long intervalNs) =>
            ([.. Enumerable.Range(1, 1000).Select(k => k * intervalNs)], 0, 1000 * intervalNs);

        var result = SteadyState.BatchMeans([Every(100_000_000), Every(125_000_000)]);

        Assert.False(result.Independent);
        var (_, byReplica) = Predictor.MeanAndCi95(result.ReplicaMeans);
        Assert.True(result.HalfWidth >= byReplica);
        Assert.InRange(10.0, result.Mean - result.HalfWidth, result.Mean + result.HalfWidth);
        Assert.InRange(8.0, result.Mean - result.HalfWidth, result.Mean + result.HalfWidth);
    }

    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(30, 2.042)]
    [InlineData(40, 2.021)]
    [InlineData(60, 2.000)]
    [InlineData(127, 1.979)]
    public void The_t_quantile_beyond_the_table_follows_Student_not_the_normal(int degreesOfFreedom, double quantile) =>
        Assert.Equal(quantile, SteadyState.StudentT975(degreesOfFreedom), 3);

    [Fact]
    public void A_run_window_is_measured_as_the_testbed_measures_a_run()
    {
        // One worker completing at 1, 2, 3, 4.5 and 6 s: the testbed drops the first completion, then counts
        // 3 intervals over 4 s (from 2 s to 6 s).
        long[][] completions = [[0, 1_000_000_000, 2_000_000_000, 3_000_000_000, 4_500_000_000, 6_000_000_000]];

        var (rates, windows) = SteadyState.RunThroughputs(completions, 500_000_000, 6_500_000_000, 6);

        Assert.Equal(1, windows);
        Assert.Equal([0.75], rates);
    }

    [Fact]
    public void A_run_window_with_a_worker_of_fewer_than_three_steps_is_dropped_as_the_testbed_drops_the_run()
    {
        long[][] completions = [[0, 1_000_000_000, 2_000_000_000, 3_000_000_000], [0, 1_500_000_000, 3_500_000_000, 5_000_000_000]];

        var (rates, windows) = SteadyState.RunThroughputs(completions, 0, 3_200_000_000, 3.2);

        Assert.Equal(1, windows);
        Assert.Empty(rates);
    }
}
