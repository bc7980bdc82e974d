using System.Text.Json;
using SgdSim.Cli;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>Small things a first user trips over: options that name what does not exist or would be ignored, what
/// --out wrote, counts in the singular; one option name for one thing in every command, and what a typo, a missing
/// sub-command or <c>sgdsim help CMD</c> gets.</summary>
public sealed class UsabilityCliTests : IDisposable
{
    private static readonly string Trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private static readonly string[] Small = ["--replicas", "3", "--steps", "8"];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("2", "3:2", "--stragglers 3:2 slows the last 3 workers, but at most 2 workers run: it names a worker that does not exist")]
    [InlineData("1", "2:1.5", "but at most 1 worker run")]
    [InlineData("1-4", "5:2", "at most 4 workers run")]
    public void Stragglers_beyond_the_largest_worker_count_are_refused(string workers, string stragglers, string problem) =>
        Refusal.AssertOneLine(CliRunner.Run(["predict", Trace, "--workers", workers, "--stragglers", stragglers, .. Small]), problem);

    [Fact]
    public void Stragglers_as_many_as_the_largest_worker_count_run_and_a_range_may_start_below_them()
    {
        Assert.Equal(0, CliRunner.Run(["predict", Trace, "--workers", "2", "--stragglers", "2:2", .. Small]).ExitCode);
        Assert.Equal(0, CliRunner.Run(["predict", Trace, "--workers", "1-3", "--stragglers", "3:2", .. Small]).ExitCode);
    }

    [Theory]
    [InlineData("predict", "--ps", "2")]
    [InlineData("predict", "--placement", "greedy-bytes")]
    [InlineData("predict", "--ps-bandwidth", "10Gbps")]
    [InlineData("compare", "--ps", "2")]
    public void Server_options_with_allreduce_are_refused_instead_of_ignored(string command, string option, string value) =>
        Refusal.AssertOneLine(CliRunner.Run(command, Trace, "--workers", "2", "--mode", "allreduce", option, value),
            $"{option} {value} sets up the parameter server, which --mode allreduce does not have");

    [Fact]
    public void A_sweep_of_allreduce_alone_refuses_ps_counts_but_not_a_grid_with_a_server_mode()
    {
        Refusal.AssertOneLine(CliRunner.Run(["sweep", Trace, "--workers", "2", "--mode", "allreduce", "--ps", "1,2", "--out", _dir.File("a"), .. Small]),
            "--ps sets up the parameter server, which --mode allreduce does not have");
        Assert.Equal(0, CliRunner.Run(["sweep", Trace, "--workers", "2", "--mode", "async,allreduce", "--ps", "1,2", "--out", _dir.File("b"), .. Small]).ExitCode);
    }

    [Fact]
    public void Predict_out_lists_the_files_it_wrote_in_text_and_json()
    {
        var folder = _dir.File("results");
        var text = CliRunner.Run(["predict", Trace, "--workers", "1,2", "--out", folder, .. Small]);
        var json = CliRunner.Run(["predict", Trace, "--workers", "1,2", "--out", _dir.File("json"), "--json", .. Small]);

        Assert.Equal(0, text.ExitCode);
        var written = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(Path.Combine(folder, "predictions.parquet"), written);
        Assert.Contains(Path.Combine(folder, "trace.json"), written);
        Assert.Contains(Path.Combine(folder, "report.html"), written);
        var lines = text.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var heading = lines.IndexOf($"Wrote {written.Length} files:");
        Assert.True(heading > 0, text.Stdout);
        Assert.Equal(written.Select(f => $"  {f}"), lines.Skip(heading + 1).Take(written.Length));
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal(written.Select(f => f.Replace(folder, _dir.File("json"), StringComparison.Ordinal)),
            doc.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Compare_and_validate_out_list_their_files_too()
    {
        var measured = _dir.File("measured.csv");
        File.WriteAllText(measured, "workers,throughput_steps_per_s\n1,20\n2,38\n");
        var compare = CliRunner.Run(["compare", Trace, "--workers", "1", "--policies", "fifo", "--out", _dir.File("c"), .. Small]);
        var validate = CliRunner.Run(["validate", Trace, "--measured", measured, "--out", _dir.File("v"), .. Small]);

        Assert.Contains($"Wrote 3 files:\n  {Path.Combine(_dir.File("c"), "comparison.parquet")}\n", compare.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"  {Path.Combine(_dir.File("c"), "report.html")}\n", compare.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"  {Path.Combine(_dir.File("v"), "validation.png")}", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_of_one_are_singular()
    {
        var result = CliRunner.Run(["predict", Trace, "--workers", "1", "--ps", "6", "--replicas", "1", "--steps", "8"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 replica x 8 steps", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 tensor ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("1 tensors", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(" 1 replicas", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["0 tensors", "1 tensor", "2 tensors", "1,024 tensors"], new long[] { 0, 1, 2, 1024 }.Select(n => Counts.Of(n, "tensor")));
        Assert.Equal("1 policy, 2 policies", $"{Counts.Of(1, "policy", "policies")}, {Counts.Of(2, "policy", "policies")}");
    }

    private static string[] Options(string command)
    {
        var help = CliRunner.Run(command, "--help");
        Assert.Equal(0, help.ExitCode);
        return [.. help.Stdout.Split('\n').Select(l => l.TrimStart()).Where(l => l.StartsWith('-'))
            .SelectMany(l => l.Split("  ")[0].Split(", ")).Select(o => o.Split(' ')[0].Trim())];
    }

    [Fact]
    public void Predict_validate_sweep_and_compare_share_the_names_of_what_they_share()
    {
        string[] shared =
        [
            "--workers", "--batch", "--out", "--json", "--bandwidth", "--replicas", "--seed", "--steps", "--durations", "--sharing", "--warmup",
            "--tensor-bytes", "--policy", "--slice-bytes", "--bucket-bytes", "--ps", "--placement", "--mode", "--worker-speed", "--stragglers",
            "--worker-bandwidth", "--ps-bandwidth",
        ];
        foreach (var command in new[] { "predict", "validate", "sweep", "compare" })
        {
            var options = Options(command);
            Assert.All(shared, o => Assert.True(options.Contains(o), $"{command} has no {o}"));
        }
    }

    [Fact]
    public void Compare_takes_policy_and_batch_as_the_others_do_and_policies_still()
    {
        var policy = CliRunner.Run(["compare", Trace, "--workers", "2", "--policy", "fifo,tic", "--batch", "64", "--json", .. Small]);
        var policies = CliRunner.Run(["compare", Trace, "--workers", "2", "--policies", "fifo,tic", "--batch", "64", "--json", .. Small]);
        var text = CliRunner.Run(["compare", Trace, "--workers", "2", "--policy", "fifo", "--batch", "64", .. Small]);

        Assert.Equal((0, ""), (policy.ExitCode, policy.Stderr));
        Assert.Equal(policy.Stdout, policies.Stdout);
        using var doc = JsonDocument.Parse(policy.Stdout);
        var rows = doc.RootElement.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("predictions")[0]).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Equal(r.GetProperty("throughput_steps_per_s").GetDouble() * 64, r.GetProperty("samples_per_s").GetDouble(), 1));
        Assert.Contains("samples/s", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_takes_workers_to_compare_some_of_the_measured_counts_and_batch()
    {
        var measured = _dir.File("measured.csv");
        File.WriteAllText(measured, "workers,throughput_steps_per_s\n1,20\n2,38\n4,60\n");

        var some = CliRunner.Run(["validate", Trace, "--measured", measured, "--workers", "1,4", "--batch", "10", "--json", .. Small]);
        var missing = CliRunner.Run(["validate", Trace, "--measured", measured, "--workers", "3", .. Small]);

        Assert.Equal((0, ""), (some.ExitCode, some.Stderr));
        using var doc = JsonDocument.Parse(some.Stdout);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal([1, 4], rows.Select(r => r.GetProperty("workers").GetInt32()));
        Assert.All(rows, r => Assert.Equal(r.GetProperty("predicted_steps_per_s").GetDouble() * 10, r.GetProperty("predicted_samples_per_s").GetDouble(), 2));
        Refusal.AssertOneLine(missing, "--workers: ", "has no measurement at 3 workers");
    }

    [Theory]
    [InlineData("--worker", "sgdsim: unknown option '--worker' of predict; did you mean '--workers'? (see 'sgdsim predict --help')")]
    [InlineData("--wokrers", "did you mean '--workers'?")]
    [InlineData("--bandwith", "did you mean '--bandwidth'?")]
    [InlineData("--replica", "did you mean '--replicas'?")]
    [InlineData("--verbos", "did you mean '--verbose'?")]
    public void A_mistyped_option_gets_the_nearest_one(string typo, string expected) =>
        Refusal.AssertOneLine(CliRunner.Run("predict", Trace, "--workers", "2", typo, "1"), expected);

    [Fact]
    public void An_option_nothing_like_a_known_one_gets_no_guess() =>
        Assert.DoesNotContain("did you mean", CliRunner.Run("predict", Trace, "--workers", "2", "--zzzzzz").Stderr, StringComparison.Ordinal);

    [Theory]
    [InlineData(new[] { "predcit", "x" }, "sgdsim: unknown command 'predcit'; did you mean 'predict'? (the commands: inspect, graph, predict,")]
    [InlineData(new[] { "export", "chakr", "x" }, "sgdsim: unknown command 'chakr' of export; did you mean 'chakra'? (the commands: chakra; see 'sgdsim export --help')")]
    [InlineData(new[] { "export" }, "sgdsim: 'sgdsim export' needs a sub-command: chakra (see 'sgdsim export --help')")]
    [InlineData(new[] { "help", "nothing" }, "sgdsim: unknown command 'nothing' (the commands: ")]
    public void An_unknown_or_missing_command_is_named(string[] args, string expected) =>
        Refusal.AssertOneLine(CliRunner.Run(args), expected);

    [Theory]
    [InlineData(new[] { "help" }, new[] { "--help" })]
    [InlineData(new[] { "help", "predict" }, new[] { "predict", "--help" })]
    [InlineData(new[] { "help", "export", "chakra" }, new[] { "export", "chakra", "--help" })]
    public void Help_command_shows_the_commands_own_help(string[] args, string[] same)
    {
        var help = CliRunner.Run(args);

        Assert.Equal((0, ""), (help.ExitCode, help.Stderr));
        Assert.Equal(CliRunner.Run(same).Stdout, help.Stdout);
        Assert.Contains("Usage:", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suggestion_is_the_nearest_name_or_a_name_the_typo_begins() =>
        Assert.Equal(
            ["; did you mean '--workers'?", "; did you mean '--ps-bandwidth'?", ""],
            new[] { "--work", "--ps-bandwith", "--x" }.Select(t => ParseErrors.Suggestion(t, ["--workers", "--ps", "--ps-bandwidth", "--worker-speed"])));
}
