using System.Text.Json;
using SgdSim.Calibration;
using SgdSim.Simulation;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

/// <summary>Confidence intervals that do not look more certain than they are: none from fewer than 3 replicas, and
/// never below 0.</summary>
public sealed class IntervalTests
{
    private static readonly string Trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private static readonly Lazy<JobModel> Model = new(() => Calibrator.Calibrate(TraceReader.Read(Trace), 1));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Fewer_than_three_replicas_give_no_interval(int replicas)
    {
        var predictions = Predictor.Predict(Model.Value, new PredictionOptions([1, 2], Replicas: replicas, Steps: 10));

        Assert.All(predictions, p => Assert.True(double.IsNaN(p.Ci95Low) && double.IsNaN(p.Ci95High), $"{p.Ci95Low}–{p.Ci95High} at {p.Workers}"));
        Assert.All(predictions, p => Assert.True(p.ThroughputStepsPerS > 0));
    }

    [Fact]
    public void Three_replicas_give_an_interval_around_the_mean()
    {
        var predictions = Predictor.Predict(Model.Value, new PredictionOptions([1, 2], Replicas: 3, Steps: 10));

        Assert.All(predictions, p => Assert.True(p.Ci95Low >= 0 && p.Ci95Low < p.ThroughputStepsPerS && p.ThroughputStepsPerS < p.Ci95High));
    }

    [Theory]
    [InlineData(4, 12.9, 0, 16.9)] // Student t over [1, 1, 10]: the lower end would be -8.9
    [InlineData(4, 1, 3, 5)]
    public void An_interval_never_goes_below_zero(double mean, double half, double low, double high) =>
        Assert.Equal((low, high), Predictor.Ci95Bounds(mean, half));

    [Fact]
    public void Student_t_over_three_spread_replicas_would_go_below_zero_without_the_floor()
    {
        var (mean, half) = Predictor.MeanAndCi95([1, 1, 10]);

        Assert.True(mean - half < 0);
        Assert.Equal(0, Predictor.Ci95Bounds(mean, half).Low);
    }

    [Theory]
    [InlineData("predict", "1", "none from 1 replica: an interval over replicas needs 3 or more")]
    [InlineData("predict", "2", "none from 2 replicas: an interval over replicas needs 3 or more")]
    [InlineData("compare", "2", "none from 2 replicas: an interval over replicas needs 3 or more")]
    public void The_text_says_an_interval_needs_three_replicas_and_prints_none(string command, string replicas, string note)
    {
        var result = CliRunner.Run(command, Trace, "--workers", "1,2", "--replicas", replicas, "--steps", "10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"  95% CI: {note} (--replicas 3)", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(" 1 replicas", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", JsonValueKind.Null)]
    [InlineData("3", JsonValueKind.Array)]
    public void The_json_interval_is_null_below_three_replicas(string replicas, JsonValueKind kind)
    {
        var result = CliRunner.Run("predict", Trace, "--workers", "1,2", "--replicas", replicas, "--steps", "10", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.All(doc.RootElement.GetProperty("predictions").EnumerateArray(), p => Assert.Equal(kind, p.GetProperty("ci95").ValueKind));
    }

    [Fact]
    public void A_sweep_of_two_replicas_prints_and_stores_no_interval()
    {
        using var dir = new TempDir();
        var result = CliRunner.Run("sweep", Trace, "--workers", "1,2", "--replicas", "2", "--steps", "10", "--out", dir.File("sweep"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("95% CI: none from 2 replicas", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", result.Stdout, StringComparison.Ordinal);
        var plot = CliRunner.Run("plot", Path.Combine(dir.File("sweep"), "sweep.parquet"), "--out", dir.File("p.png"));
        Assert.Equal((0, ""), (plot.ExitCode, plot.Stderr));
    }
}
