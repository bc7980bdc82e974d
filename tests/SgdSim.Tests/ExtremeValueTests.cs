using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Simulation.Engine;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// Values that parse but lie far outside what can be simulated — rates, speeds, sizes, counts — are refused up front
/// naming the range, and a run that still cannot reach its end (a model built past those checks) stops and says so
/// instead of running for ever.
/// </summary>
public sealed class ExtremeValueTests
{
    private static string Trace() => Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    [Theory]
    [InlineData("--bandwidth", "1e-300Gbit/s", "outside the rates simulated (1 kbit/s to")]
    [InlineData("--bandwidth", "1bit/s", "outside the rates simulated")]
    [InlineData("--bandwidth", "1e300Gbit/s", "outside the rates simulated")]
    [InlineData("--worker-bandwidth", "1e-3bit/s", "outside the rates simulated")]
    [InlineData("--ps-bandwidth", "1e20bit/s", "outside the rates simulated")]
    [InlineData("--worker-speed", "1e-9,1", "not a number from 0.001 to 1000")]
    [InlineData("--stragglers", "1:1e9", "a factor from 0.001 to 1000")]
    [InlineData("--slice-bytes", "1e15", "--slice-bytes must be 1 to 1099511627776 bytes")]
    [InlineData("--bucket-bytes", "1e15", "--bucket-bytes must be 1 to 1099511627776 bytes")]
    [InlineData("--steps", "1e9", "--steps must be 6 to 10000000")]
    [InlineData("--replicas", "1000000", "--replicas must be 1 to 10000")]
    [InlineData("--trace-workers", "100000", "--trace-workers must be 1 to 4096")]
    [InlineData("--workers", "1-5000", "4096 at most")]
    [InlineData("--precision", "1e-300", "--precision must be a share of the mean from 0.0001")]
    public void A_value_outside_the_simulated_range_is_refused_before_anything_runs(string option, string value, string message)
    {
        var args = option == "--workers" ? new[] { "predict", Trace(), option, value } : ["predict", Trace(), "--workers", "1-2", option, value];

        Refusal.AssertOneLine(CliRunner.Run(args), option, message);
    }

    [Theory]
    [InlineData("--duration-ms", "2000000000", "--duration-ms must be 1 to 86400000 (a day)")]
    [InlineData("--grace-ms", "2000000000", "--grace-ms must be 0 to 86400000 (a day)")]
    public void A_capture_longer_than_a_day_is_refused(string option, string value, string message) =>
        Refusal.AssertOneLine(CliRunner.Run("capture", "--host", "localhost:1", "--logdir", "/tmp", option, value), message);

    [Fact]
    public void More_worker_rates_than_workers_are_refused()
    {
        Refusal.AssertOneLine(CliRunner.Run("predict", Trace(), "--workers", "1-2", "--worker-bandwidth", "1Gbps,1Gbps,1Gbps"),
            "3 worker NIC rates for 2 workers: give one for all or one per worker");
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-6)]
    public void A_run_that_cannot_reach_its_end_stops_and_says_why(double bitsPerSecond)
    {
        // Past the option's own check, as a program using the library could: a link too slow to ever move a step.
        var model = Bandwidth.Apply(Models.Chain(bytes: 1_000_000, bytesPerNs: 1, latencyNs: 1_000, computeNs: 1_000_000), bitsPerSecond);

        var error = Assert.Throws<SimulationLimitException>(() =>
            Predictor.Predict(model, new PredictionOptions([1, 2], Replicas: 2, Steps: 20) { Until = new StoppingRule() }));

        // The worker counts run in parallel, so either may be the first to stop.
        Assert.Matches(@"the simulation of [12] worker\(s\)", error.Message);
        Assert.Matches("events without reaching its end|146 years of simulated time", error.Message);
    }

    [Fact]
    public void The_engine_refuses_a_time_past_its_end_or_one_that_overflowed()
    {
        var simulation = new Idle();

        Assert.Throws<SimulationLimitException>(() => simulation.Schedule(Simulation<int>.MaxTime + 1, 0));
        Assert.Throws<SimulationLimitException>(() => simulation.Schedule(unchecked(long.MaxValue + 10), 0));
        simulation.Schedule(Simulation<int>.MaxTime, 0);
    }

    [Fact]
    public void The_engine_stops_at_its_event_budget()
    {
        var simulation = new Idle { EventBudget = 1_000 };
        simulation.Schedule(0, 0);

        var error = Assert.Throws<SimulationLimitException>(() => simulation.Run());

        Assert.Contains("1,000 events", error.Message, StringComparison.Ordinal);
        Assert.Equal(1_000, simulation.EventsProcessed);
    }

    // Every event schedules another at the same time: a run that never advances.
    private sealed class Idle() : Simulation<int>(1)
    {
        protected override void Handle(in int e) => Schedule(Now, e);
    }
}
