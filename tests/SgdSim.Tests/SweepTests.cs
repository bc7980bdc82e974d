using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SgdSim.Calibration;
using SgdSim.Cli;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

/// <summary><c>sgdsim sweep</c> and <c>sgdsim merge</c>: the grid, its shards, resuming, cancelling, and refusing bad input.</summary>
public sealed class SweepTests : IDisposable
{
    private static readonly string Trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    // Eight points (4 worker counts x 2 link rates), small enough to run in well under a second.
    private static readonly string[] Small = ["--workers", "1-4", "--bandwidth", "10Gbps,1Gbps", "--replicas", "2", "--steps", "8"];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliRunner.Result Sweep(string folder, params string[] more) =>
        CliRunner.Run(["sweep", Trace, .. Small, "--out", _dir.File(folder), .. more]);

    private static string[] NoTemporaryFiles(string folder) => Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories);

    [Fact]
    public void The_grid_is_the_product_of_its_axes_in_canonical_order_and_shards_deal_it_out_in_turn()
    {
        var grid = new SweepGrid([2, 1], [1e10, null, 1e9], [1], [ShardPlacement.RoundRobin], [TransmissionPolicy.Fifo, TransmissionPolicy.Tic, TransmissionPolicy.Fifo], [TrainingMode.Async]);

        var points = grid.Configurations();

        Assert.Equal(12, points.Count); // fifo given twice counts once
        Assert.Equal([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2], points.Select(p => p.Workers));
        Assert.Equal([null, null, 1e9, 1e9, 1e10, 1e10], points.Take(6).Select(p => p.BandwidthBitsPerS));
        Assert.Equal(TransmissionPolicy.Fifo, points[0].Policy);
        var shards = Enumerable.Range(1, 5).Select(i => grid.Shard(i, 5)).ToArray();
        Assert.Equal(points, shards.SelectMany(s => s).Order());
        Assert.Equal([points[1], points[6], points[11]], shards[1]);
    }

    [Fact]
    public void Predicting_several_configurations_at_once_gives_what_predicting_each_alone_gives()
    {
        var model = Calibrator.Calibrate(TraceReader.Read(Trace), 1);
        var slow = Bandwidth.Apply(model, 1e9);
        var options = new PredictionOptions([1, 3], Replicas: 2, Steps: 8);
        var heard = new List<int>();

        var all = Predictor.PredictAll([(model, options), (slow, options with { Workers = [2] })], finished: (k, _) => { lock (heard) heard.Add(k); });

        Assert.Equivalent(Predictor.Predict(model, options), all[0], strict: true);
        Assert.Equivalent(Predictor.Predict(slow, options with { Workers = [2] }), all[1], strict: true);
        Assert.Equal([0, 1], heard.Order());
    }

    [Fact]
    public void Three_shards_merged_equal_one_unsharded_run_row_for_row_and_byte_for_byte()
    {
        Assert.Equal(0, Sweep("whole").ExitCode);
        var parts = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var result = Sweep("parts", "--shard", $"{i}/3");
            Assert.Equal(0, result.ExitCode);
            parts.Add(_dir.File($"parts/sweep.part-{i}-of-3.parquet"));
            Assert.Equal(new SweepShard(i, 3), SweepTable.Read(parts[^1]).Shard);
        }

        var merged = CliRunner.Run(["merge", _dir.File("merged/sweep.parquet"), .. parts]);

        Assert.Equal(0, merged.ExitCode);
        Assert.Contains("8 configurations", merged.Stdout, StringComparison.Ordinal);
        var whole = SweepTable.Read(_dir.File("whole/sweep.parquet"));
        var joined = SweepTable.Read(_dir.File("merged/sweep.parquet"));
        Assert.Equal(8, whole.Rows.Count);
        Assert.Equal(whole.Rows, joined.Rows);
        Assert.Equal([3, 3, 2], parts.Select(p => SweepTable.Read(p).Rows.Count));
        Assert.Equal(whole.Rows.Where((_, k) => k % 3 == 1), SweepTable.Read(parts[1]).Rows);
        Assert.Equal(File.ReadAllBytes(_dir.File("whole/sweep.parquet")), File.ReadAllBytes(_dir.File("merged/sweep.parquet")));
    }

    [Fact]
    public void The_file_has_one_row_per_point_with_its_parameters_and_the_settings_in_its_metadata()
    {
        var result = Sweep("out", "--policy", "fifo,p3", "--batch", "32", "--seed", "5", "--slice-bytes", "65536", "--json");

        Assert.Equal(0, result.ExitCode);
        var table = SweepTable.Read(_dir.File("out/sweep.parquet"));
        Assert.Equal(16, table.Rows.Count);
        Assert.Equal(table.Rows.Select(r => r.Configuration).Order(), table.Rows.Select(r => r.Configuration));
        Assert.All(table.Rows, r => Assert.Equal(r.Configuration.Workers, r.Result.Workers));
        Assert.All(table.Rows, r => Assert.Equal(r.Result.ThroughputStepsPerS * 32, r.Result.SamplesPerS));
        Assert.All(table.Rows, r => Assert.Equal(2, r.Result.Replicas));
        Assert.Equal([1e9, 1e10], table.Rows.Select(r => r.Configuration.BandwidthBitsPerS!.Value).Distinct().Order());
        var metadata = table.Metadata();
        Assert.Equal("sweep", metadata["sgdsim.table"]);
        Assert.Equal("5", metadata["sgdsim.seed"]);
        Assert.Equal("2", metadata["sgdsim.replicas"]);
        Assert.Equal("65536", metadata["sgdsim.slice_bytes"]);
        Assert.Equal(PredictionRun.HashTrace(Trace), metadata["sgdsim.trace_sha256"]);
        Assert.False(metadata.ContainsKey("sgdsim.bandwidth_bits_per_s"));
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(16, json.RootElement.GetProperty("computed").GetInt32());
        Assert.Equal(["fifo", "p3"], json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("policy").GetString()).Distinct().Order());
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_numbers()
    {
        Assert.Equal(0, Sweep("a").ExitCode);
        Assert.Equal(0, Sweep("b").ExitCode);
        Assert.Equal(0, Sweep("c", "--seed", "2").ExitCode);

        Assert.Equal(File.ReadAllBytes(_dir.File("a/sweep.parquet")), File.ReadAllBytes(_dir.File("b/sweep.parquet")));
        Assert.NotEqual(
            SweepTable.Read(_dir.File("a/sweep.parquet")).Rows.Select(r => r.Result.ThroughputStepsPerS),
            SweepTable.Read(_dir.File("c/sweep.parquet")).Rows.Select(r => r.Result.ThroughputStepsPerS));
    }

    [Fact]
    public void A_rerun_over_a_larger_grid_computes_only_the_new_points()
    {
        var first = CliRunner.Run("sweep", Trace, "--workers", "1-2", "--bandwidth", "10Gbps,1Gbps", "--replicas", "2", "--steps", "8", "--out", _dir.File("out"));
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("computed 4, reused 0", first.Stdout, StringComparison.Ordinal);
        var before = SweepTable.Read(_dir.File("out/sweep.parquet")).Rows;

        var second = Sweep("out");
        var again = Sweep("out");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("computed 4, reused 4", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("computed 0, reused 8", again.Stdout, StringComparison.Ordinal);
        var after = SweepTable.Read(_dir.File("out/sweep.parquet")).Rows;
        Assert.Equal(8, after.Count);
        Assert.Equal(before, after.Take(4));
        Assert.Equal(0, Sweep("fresh").ExitCode);
        Assert.Equal(File.ReadAllBytes(_dir.File("fresh/sweep.parquet")), File.ReadAllBytes(_dir.File("out/sweep.parquet")));
    }

    [Fact]
    public async Task Cancelling_a_sweep_exits_130_keeping_the_finished_points_and_no_temporary_file()
    {
        var folder = _dir.File("out");
        var path = Path.Combine(folder, "sweep.parquet");
        string[] args = ["sweep", Trace, "--workers", "1-64", "--bandwidth", "10Gbps,1Gbps", "--replicas", "2", "--steps", "20", "--out", folder];
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => SgdSimCli.RunAsync(args, TextWriter.Null, new StringWriter(), cancel.Token));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!run.IsCompleted && DateTime.UtcNow < deadline && !(File.Exists(path) && SweepTable.Read(path).Rows.Count > 0))
        {
            await Task.Delay(20);
        }

        await cancel.CancelAsync();
        var code = await run;

        Assert.Equal(ExitCodes.Cancelled, code);
        var kept = SweepTable.Read(path).Rows;
        Assert.InRange(kept.Count, 1, 127);
        Assert.Empty(NoTemporaryFiles(folder));
        var resumed = CliRunner.Run(args);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"computed {128 - kept.Count}, reused {kept.Count}", resumed.Stdout, StringComparison.Ordinal);
        Assert.Equal(kept, SweepTable.Read(path).Rows.Where(r => kept.Any(k => k.Configuration == r.Configuration)));
    }

    // What a scheduler does to a job it cancels, requeues or preempts: SIGTERM to the process (then SIGKILL later).
    // Resuming from the rows kept is the test above's.
    [Fact]
    public async Task Sigterm_stops_a_sweep_as_ctrl_c_does_keeping_the_finished_points_with_exit_code_143()
    {
        var folder = _dir.File("out");
        var path = Path.Combine(folder, "sweep.parquet");
        string[] args = ["sweep", Trace, "--workers", "1-64", "--bandwidth", "10Gbps,1Gbps", "--replicas", "2", "--steps", "20", "--out", folder];
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "SgdSim.Cli.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var sgdsim = Process.Start(start)!;
        var stderr = sgdsim.StandardError.ReadToEndAsync();
        _ = sgdsim.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!sgdsim.HasExited && DateTime.UtcNow < deadline && !(File.Exists(path) && SweepTable.Read(path).Rows.Count > 0))
        {
            await Task.Delay(20);
        }

        using (var kill = Process.Start("kill", ["-TERM", sgdsim.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await sgdsim.WaitForExitAsync();

        Assert.Equal(ExitCodes.Terminated, sgdsim.ExitCode);
        Assert.Equal("sgdsim: cancelled.", (await stderr).Trim());
        Assert.InRange(SweepTable.Read(path).Rows.Count, 1, 127);
        Assert.Empty(NoTemporaryFiles(folder));
    }

    [Theory]
    [InlineData("4/3", "--shard: 4/3 names shard 4 of 3, but shards are numbered 1 to 3.")]
    [InlineData("0/3", "--shard: 0/3 names shard 0 of 3, but shards are numbered 1 to 3.")]
    [InlineData("x/2", "--shard: 'x/2' is not I/N")]
    [InlineData("2", "--shard: '2' is not I/N")]
    [InlineData("1/0", "--shard: '1/0' is not I/N")]
    public void A_shard_that_does_not_exist_is_refused(string shard, string problem) =>
        Refusal.AssertOneLine(Sweep("out", "--shard", shard), problem);

    [Theory]
    [InlineData("--bandwidth", "1Gbps,fast", "--bandwidth: 'fast' is not a bandwidth")]
    [InlineData("--policy", "fifo,lifo", "--policy: 'lifo' is not a policy")]
    [InlineData("--mode", "async,ssp:x", "--mode: 'ssp:x' needs a staleness bound")]
    [InlineData("--ps", "1,0", "--ps: '0' is not a shard count")]
    [InlineData("--placement", "random", "--placement: 'random' is not a placement")]
    public void A_bad_value_on_an_axis_is_refused(string option, string value, string problem) =>
        Refusal.AssertOneLine(CliRunner.Run("sweep", Trace, "--workers", "1-2", option, value, "--out", _dir.File("out")), problem);

    [Fact]
    public void More_shards_than_parameters_on_the_ps_axis_are_refused_naming_the_point()
    {
        Refusal.AssertOneLine(CliRunner.Run("sweep", Trace, "--workers", "1-2", "--ps", "1,64", "--out", _dir.File("out")), "--ps 64 with --mode async: 64 parameter-server shards");
    }

    [Fact]
    public void An_out_folder_that_cannot_be_made_is_refused()
    {
        File.WriteAllText(_dir.File("file"), "x");

        Refusal.AssertOneLine(Sweep("file/sub"), "--out", "cannot create the folder");
    }

    [Fact]
    public void Resuming_a_file_made_with_other_settings_is_refused_naming_them()
    {
        Assert.Equal(0, Sweep("out").ExitCode);

        Refusal.AssertOneLine(Sweep("out", "--seed", "9", "--slice-bytes", "1000"), "sweep.parquet: holds a sweep made with other settings (seed 1 in the file, 9 now; slice_bytes 262144 in the file, 1000 now)");
        Refusal.AssertOneLine(Sweep("out", "--bucket-bytes", "4096"), "sweep.parquet: holds a sweep made with other settings (bucket_bytes 26214400 in the file, 4096 now)");
    }

    [Fact]
    public void Merging_a_Parquet_file_that_is_not_a_sweep_or_not_Parquet_is_refused()
    {
        Assert.Equal(0, Sweep("a").ExitCode);
        Assert.Equal(0, CliRunner.Run("predict", Trace, "--workers", "1", "--replicas", "2", "--steps", "8", "--out", _dir.File("p")).ExitCode);
        File.WriteAllText(_dir.File("notes.parquet"), "workers\n1\n");

        Refusal.AssertOneLine(CliRunner.Run("merge", _dir.File("m.parquet"), _dir.File("a/sweep.parquet"), _dir.File("p/predictions.parquet")),
            "predictions.parquet: is a Parquet file but not a table of an SgdSim sweep (its metadata has no 'sgdsim.table' = 'sweep').");
        Refusal.AssertOneLine(CliRunner.Run("merge", _dir.File("m.parquet"), _dir.File("notes.parquet")), "notes.parquet: cannot be read as Parquet");
        Assert.False(File.Exists(_dir.File("m.parquet")));
    }

    [Fact]
    public void Merging_sweeps_of_different_traces_or_settings_is_refused()
    {
        Assert.Equal(0, Sweep("a", "--shard", "1/2").ExitCode);
        Assert.Equal(0, CliRunner.Run("sweep", Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"), "--workers", "1", "--replicas", "2", "--steps", "6",
            "--out", _dir.File("b"), "--shard", "2/2").ExitCode);
        Assert.Equal(0, Sweep("c", "--shard", "2/2", "--seed", "3").ExitCode);

        Refusal.AssertOneLine(CliRunner.Run("merge", _dir.File("m.parquet"), _dir.File("a/sweep.part-1-of-2.parquet"), _dir.File("b/sweep.part-2-of-2.parquet")),
            "sweep.part-2-of-2.parquet: cannot be merged with", "a different trace (SHA-256");
        Refusal.AssertOneLine(CliRunner.Run("merge", _dir.File("m.parquet"), _dir.File("a/sweep.part-1-of-2.parquet"), _dir.File("c/sweep.part-2-of-2.parquet")),
            "seed 1 in", "3 in this one");
    }

    [Fact]
    public void Merging_parts_that_give_one_point_different_results_is_refused()
    {
        Assert.Equal(0, Sweep("a").ExitCode);
        var path = _dir.File("a/sweep.parquet");
        var table = SweepTable.Read(path);
        var changed = table with { Rows = [table.Rows[0] with { Result = table.Rows[0].Result with { ThroughputStepsPerS = 1 } }] };
        changed.Write(_dir.File("changed.parquet"));

        Refusal.AssertOneLine(CliRunner.Run("merge", _dir.File("m.parquet"), path, _dir.File("changed.parquet")),
            "changed.parquet: cannot be merged with", "give different results for 1 worker, 1 Gbit/s");
    }
}
