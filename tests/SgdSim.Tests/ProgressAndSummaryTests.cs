using SgdSim.Cli.Output;
using SgdSim.Simulation;
using SgdSim.Tests.Support;
using SgdSim.Workflows;

namespace SgdSim.Tests;

/// <summary>A time left that allows for the larger runs to come, and a sweep that summarises itself on a terminal.</summary>
public sealed class ProgressAndSummaryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_time_left_weighs_the_units_to_come_by_their_cost()
    {
        // Two runs of 1 worker done in 10 s; two of 4 workers to come: 8 of 10 parts left, 40 s, not 10 s.
        var estimate = new ProgressEstimate([1, 1, 4, 4]);

        Assert.Equal(0.2, estimate.Fraction(2), 9);
        Assert.Equal(TimeSpan.FromSeconds(40), estimate.Remaining(2, TimeSpan.FromSeconds(10)));
        Assert.Equal("about 40 s left", estimate.Label(2, TimeSpan.FromSeconds(10)));
        Assert.Equal("about 3 min 00 s left", estimate.Label(1, TimeSpan.FromSeconds(20))); // 1 of 10 parts in 20 s: 9 more, 180 s
        Assert.Equal("estimating time left", estimate.Label(0, TimeSpan.FromSeconds(5)));
        Assert.Equal(1, estimate.Fraction(4));
    }

    [Fact]
    public void A_prediction_weighs_each_run_by_its_worker_count_in_the_order_they_run()
    {
        var fixedHorizon = new PredictionOptions([1, 8], 3, 1, 40, 4, DurationMode.Sample, false, null);
        var stopping = fixedHorizon with { Until = new StoppingRule(0.01) };

        Assert.Equal([1.0, 1, 1, 8, 8, 8], PredictWorkflow.UnitWeights(fixedHorizon));
        Assert.Equal([1.0, 8], PredictWorkflow.UnitWeights(stopping));
    }

    [Fact]
    public void A_sweep_on_a_terminal_prints_the_best_of_each_setup_and_every_row_with_all_or_into_a_pipe()
    {
        string[] args = ["sweep", Paths.BundledMlp, "--workers", "1-11", "--policy", "fifo,tic", "--replicas", "3", "--steps", "8", "--out", _dir.File("sweep")];
        var terminal = new Terminal(null, null, false, Interactive: true);

        var summary = CliRunner.RunIn(terminal, args);
        var all = CliRunner.RunIn(terminal, [.. args, "--all"]);
        var piped = CliRunner.Run(args);

        Assert.Equal(0, summary.ExitCode);
        Assert.Contains("22 rows in 2 setups: the best of each", summary.Stdout, StringComparison.Ordinal);
        Assert.Contains("sgdsim plot ", summary.Stdout, StringComparison.Ordinal);
        Assert.True(Lines(summary.Stdout) < 12, summary.Stdout);
        Assert.True(Lines(all.Stdout) >= 22 + 3, all.Stdout); // a title, a line of what was computed, the headings
        Assert.Equal(Lines(all.Stdout), Lines(piped.Stdout));
    }

    [Fact]
    public void A_small_sweep_prints_every_row_on_a_terminal_too()
    {
        var run = CliRunner.RunIn(new Terminal(null, null, false, Interactive: true),
            "sweep", Paths.BundledMlp, "--workers", "1-3", "--replicas", "3", "--steps", "8", "--out", _dir.File("small"));

        Assert.DoesNotContain("the best of each", run.Stdout, StringComparison.Ordinal);
        Assert.True(Lines(run.Stdout) >= 3 + 3, run.Stdout);
    }

    private static int Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length;
}
