using System.CommandLine;
using SgdSim.Cli;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// The command line as a person meets it: help with examples everywhere, --version, response files, tab completion,
/// Ctrl+C, and one line on stderr with exit code 2 for every kind of bad argument.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Bundled(string name) => Path.Combine(Paths.RepositoryRoot, "traces", name);

    private static async Task<CliRunner.Result> RunAsync(CancellationToken cancellation, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SgdSimCli.RunAsync(args, stdout, stderr, cancellation);
        return new CliRunner.Result(code, stdout.ToString(), stderr.ToString());
    }

    private static void AssertOneLineRefusal(CliRunner.Result result, params string[] named)
    {
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("sgdsim: ", line, StringComparison.Ordinal);
        Assert.All(named, n => Assert.Contains(n, line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("inspect")]
    [InlineData("graph")]
    [InlineData("predict")]
    [InlineData("validate")]
    [InlineData("capture")]
    [InlineData("export")]
    [InlineData("export chakra")]
    public void Every_command_and_subcommand_has_help_with_examples_of_itself(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var result = CliRunner.Run([.. words, "--help"]);

        Assert.Equal(0, result.ExitCode);
        var examples = result.Stdout[result.Stdout.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains(string.Join(' ', ["sgdsim", .. words]) + " ", examples, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Version_prints_the_tools_informational_version_and_nothing_else()
    {
        var result = CliRunner.Run("--version");

        var expected = typeof(SgdSimCli).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected + Environment.NewLine, result.Stdout);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }

    [Fact]
    public void A_response_file_gives_the_same_result_as_its_arguments_typed_out()
    {
        var trace = Bundled("pytorch-rpc-mlp");
        var rsp = _dir.File("inspect.rsp");
        File.WriteAllText(rsp, $"# what to look at\ninspect\n\"{trace}\"\n--warmup 2 --json\n");

        var fromFile = CliRunner.Run($"@{rsp}");
        var typed = CliRunner.Run("inspect", trace, "--warmup", "2", "--json");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Contains("\"warmup_steps\": 2", fromFile.Stdout, StringComparison.Ordinal);
        Assert.Equal(typed.Stdout, fromFile.Stdout);
    }

    [Fact]
    public void A_missing_response_file_is_refused_in_one_line() =>
        AssertOneLineRefusal(CliRunner.Run($"@{_dir.File("nowhere.rsp")}"), "nowhere.rsp");

    [Theory]
    [InlineData("sgdsim pre", null, "predict")]
    [InlineData("sgdsim ex", null, "export")]
    [InlineData("sgdsim export ch", null, "chakra")]
    [InlineData("sgdsim predict run/ --work", null, "--workers")]
    [InlineData("sgdsim graph run/ --format ", null, "graphml")]
    [InlineData("sgdsim predict run/ --policy ", null, "tf-default")]
    [InlineData("sgdsim predict run/ --placement ", null, "greedy-bytes")]
    [InlineData("sgdsim val run/ --json", 10, "validate")]
    [InlineData("pre", 3, "predict")] // dotnet-suggest strips the executable's name and moves the position with it
    [InlineData("predict run/ --policy ", 22, "tf-default")]
    [InlineData("export chakra run/ --", 21, "--out")]
    public void The_suggest_directive_answers_dotnet_suggest_with_one_completion_a_line(string line, int? position, string expected)
    {
        var directive = position is { } p ? $"[suggest:{p}]" : "[suggest]";

        var result = CliRunner.Run(directive, line);

        Assert.Equal(0, result.ExitCode);
        var completions = result.Stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(expected, completions);
        Assert.DoesNotContain("TfDefault", completions); // the names the parser accepts, not the enum's
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Completions_after_the_root_list_every_command()
    {
        var result = CliRunner.Run("[suggest:7]", "sgdsim ");

        var completions = result.Stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Superset(new HashSet<string> { "inspect", "graph", "predict", "validate", "capture", "export", "--version", "--help" }, completions.ToHashSet());
    }

    [Fact]
    public void Guard_turns_a_cancellation_into_exit_code_130_and_one_line()
    {
        var parse = new RootCommand().Parse([]);
        var stderr = new StringWriter();

        var code = CommonOptions.Guard(parse, stderr, () => throw new OperationCanceledException());

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Equal("sgdsim: cancelled.", stderr.ToString().Trim());
    }

    [Fact]
    public async Task Predict_cancelled_before_it_starts_exits_130_and_writes_nothing()
    {
        var output = _dir.File("out");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var result = await RunAsync(cancelled.Token, "predict", Bundled("pytorch-rpc-mlp"), "--workers", "1-4", "--out", output);

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.Equal("sgdsim: cancelled.", result.Stderr.Trim());
        Assert.Equal("", result.Stdout);
        Assert.False(Directory.Exists(output), "the --out folder was left behind");
    }

    [Fact]
    public async Task Predict_cancelled_while_it_runs_exits_130_with_no_partial_output()
    {
        var output = _dir.File("out");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // 16 worker counts x 10 replicas x 200 steps takes many seconds: the cancellation lands in the middle.
        var result = await RunAsync(cancellation.Token, "predict", Bundled("pytorch-rpc-mlp"), "--workers", "1-16", "--steps", "200", "--out", output);

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed} to stop");
        AssertNothingLeft(output);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(120)]
    [InlineData(250)]
    [InlineData(500)]
    public async Task Predict_out_is_all_or_nothing_whenever_it_is_cancelled(int delayMs)
    {
        var output = _dir.File($"out-{delayMs}");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(delayMs));

        var result = await RunAsync(cancellation.Token, "predict", Bundled("pytorch-rpc-mlp"), "--workers", "1,3", "--replicas", "2", "--steps", "8", "--out", output);

        if (result.ExitCode == ExitCodes.Ok)
        {
            Assert.Equal(["nic-utilisation.png", "predictions.parquet", "report.html", "step-times.png", "throughput.png", "trace.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(4, Directory.GetFiles(Path.Combine(output, "chakra")).Length);
            Assert.Empty(Directory.GetDirectories(output, ".*"));
        }
        else
        {
            Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
            AssertNothingLeft(output);
        }
    }

    private static void AssertNothingLeft(string output)
    {
        if (Directory.Exists(output))
        {
            Assert.Empty(Directory.GetFileSystemEntries(output, "*", SearchOption.AllDirectories));
        }
    }

    [Fact]
    public void An_unknown_flag_is_refused_in_one_line_naming_it() =>
        AssertOneLineRefusal(CliRunner.Run("predict", Bundled("pytorch-rpc-mlp"), "--workers", "2", "--frobnicate"), "--frobnicate");

    [Fact]
    public void Worker_speeds_and_stragglers_together_are_refused_before_the_trace_is_read() =>
        AssertOneLineRefusal(
            CliRunner.Run("predict", _dir.File("no-such-trace"), "--workers", "2", "--worker-speed", "1,0.5", "--stragglers", "1:2"),
            "--worker-speed", "--stragglers");

    [Fact]
    public void Json_goes_with_every_other_predict_option()
    {
        var result = CliRunner.Run("predict", Bundled("pytorch-rpc-mlp"), "--workers", "1,2", "--replicas", "2", "--steps", "8", "--explain", "--batch", "8",
            "--json", "--out", _dir.File("out"), "--trace-workers", "2", "--stragglers", "1:2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("predictions").GetArrayLength());
    }

    public static TheoryData<string[], string> UnwritableOutputs => new()
    {
        { ["predict", "{trace}", "--workers", "2", "--out", "{file}"], "cannot create the folder" },
        { ["predict", "{trace}", "--workers", "2", "--out", "{file}/results"], "cannot create the folder" },
        { ["validate", "{trace}", "--measured", "{csv}", "--out", "{file}/results"], "cannot create the folder" },
        { ["graph", "{trace}", "--out", "{file}/step.dot"], "cannot write it" },
        { ["export", "chakra", "{trace}", "--out", "{file}/et"], "{file}" },
    };

    // As root no folder is read-only, so an --out that cannot be written is one under a regular file.
    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public void An_out_that_cannot_be_written_is_refused_in_one_line(string[] args, string problem)
    {
        var file = _dir.File("a-file");
        File.WriteAllText(file, "");
        var csv = _dir.File("measured.csv");
        File.WriteAllText(csv, "workers,throughput_steps_per_s\n1,20\n2,37\n");
        string Fill(string s) => s.Replace("{trace}", Bundled("pytorch-rpc-mlp"), StringComparison.Ordinal)
            .Replace("{file}", file, StringComparison.Ordinal).Replace("{csv}", csv, StringComparison.Ordinal);

        string[] quick = args[0] is "predict" or "validate" ? ["--replicas", "1", "--steps", "8"] : [];

        var result = CliRunner.Run([.. args.Select(Fill), .. quick]);

        AssertOneLineRefusal(result, Fill(problem));
        Assert.Equal([file, csv], Directory.GetFileSystemEntries(_dir.Path).Order(StringComparer.Ordinal));
    }
}
