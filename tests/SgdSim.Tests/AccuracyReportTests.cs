using SgdSim.Accuracy;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// The accuracy report (tools/SgdSim.Accuracy) on a repository laid out in a temporary folder, with its own
/// <c>../shared</c>. Its sets predict from the bundled PyTorch trace; their "measurements" are made-up numbers that
/// only exercise the report, not the simulator.
/// </summary>
public sealed class AccuracyReportTests : IDisposable
{
    private const string Csv = "workers,throughput_steps_per_s,sd_steps_per_s,min_steps_per_s,max_steps_per_s,runs\n1,20.0,,20.0,20.0,1\n2,36.0,2.0,34.0,38.5,3\n";
    private const string Page = "# Project\n\nProse before.\n\n<!-- accuracy:begin -->\nold numbers\n<!-- accuracy:end -->\n\nProse after.\n";

    private readonly TempDir _dir = new();

    public AccuracyReportTests() => Directory.CreateDirectory(Path.Combine(Repository, "docs"));

    private string Repository => _dir.File("repo");

    public void Dispose() => _dir.Dispose();

    private void AddSet(string folder, string setJson = """{"model": "mlp", "batch": 64, "link_bits_per_s": 1e9}""", bool how = true)
    {
        var trace = Directory.CreateDirectory(Path.Combine(folder, "trace")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp"), "*.json.gz"))
        {
            File.Copy(file, Path.Combine(trace, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "measured.csv"), Csv);
        File.WriteAllText(Path.Combine(folder, "set.json"), setJson);
        if (how)
        {
            File.WriteAllText(Path.Combine(folder, "HOW.md"), "A fixture.\n");
        }
    }

    private (int Code, string Stdout, string Stderr) Run(bool check)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = AccuracyTool.RunAsync(Repository, check, stdout, stderr).GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string PagePath => Path.Combine(Repository, "docs", "accuracy.md");

    private string PageText => File.ReadAllText(PagePath);

    [Fact]
    public void Writes_the_tables_of_the_shared_and_own_sets_between_the_markers_and_check_then_agrees()
    {
        File.WriteAllText(PagePath, Page);
        AddSet(_dir.File("shared/groundtruth/shared-set"), how: false);
        Directory.CreateDirectory(_dir.File("shared/groundtruth/testbed")); // no measurements: not a set
        AddSet(Path.Combine(Repository, "traces/measured/own-set"));

        var written = Run(check: false);

        Assert.Equal(0, written.Code);
        var page = PageText;
        Assert.StartsWith("# Project\n\nProse before.\n\n<!-- accuracy:begin -->\n<!-- Generated", page, StringComparison.Ordinal);
        Assert.EndsWith("|\n<!-- accuracy:end -->\n\nProse after.\n", page, StringComparison.Ordinal);
        Assert.DoesNotContain("old numbers", page, StringComparison.Ordinal);
        Assert.DoesNotContain("| testbed |", page, StringComparison.Ordinal); // a folder without measurements is no set
        Assert.True(page.IndexOf("| shared-set |", StringComparison.Ordinal) < page.IndexOf("| own-set |", StringComparison.Ordinal));
        AssertHas(
            page,
            "1 from `../shared/groundtruth`, 1 from `traces/measured`",
            "**own-set** — [`traces/measured/own-set`](../traces/measured/own-set/HOW.md): mlp, batch 64, 1 Gbit/s.",
            "| 2 | 36.000 | 2.000 | 3: 34.000–38.500 |");

        Assert.Equal(0, Run(check: true).Code);

        File.WriteAllText(PagePath, page.Replace("| 2 | 36.000 |", "| 2 | 35.000 |", StringComparison.Ordinal));
        var stale = Run(check: true);
        Assert.Equal(AccuracyTool.Stale, stale.Code);
        Assert.Contains("docs/accuracy.md: the accuracy tables differ", stale.Stderr, StringComparison.Ordinal);
        Assert.Contains("| 2 | 35.000 |", PageText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_set_the_block_says_so()
    {
        File.WriteAllText(PagePath, Page);

        Assert.Equal(0, Run(check: false).Code);
        Assert.Contains("No measured set is present", PageText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page", "accuracy: docs/accuracy.md: needs one '<!-- accuracy:begin -->' line and, after it, one '<!-- accuracy:end -->' line around the accuracy tables.")]
    [InlineData("how", "accuracy: traces/measured/x: is not a measured set: it lacks HOW.md (a set holds trace/, measured.csv, set.json, HOW.md).")]
    [InlineData("link", "accuracy: traces/measured/x/set.json: has no positive number link_bits_per_s (the nominal NIC rate in bits/s).")]
    public void Bad_input_is_one_line_naming_the_file_and_exit_code_2(string fault, string message)
    {
        File.WriteAllText(PagePath, fault == "page" ? "# No markers\n" : Page);
        AddSet(Path.Combine(Repository, "traces/measured/x"), fault == "link" ? """{"link_bits_per_s": "fast"}""" : """{"link_bits_per_s": 1e9}""", how: fault != "how");

        var result = Run(check: false);

        Assert.Equal(2, result.Code);
        Assert.Equal(message + "\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Fields_the_simulator_adds_are_shown_when_present_and_ignored_when_unknown()
    {
        // A run range per prediction, as a simulator that reports the spread of one run prints it, and a field no table uses.
        const string Json = """
            {"rows": [
              {"workers": 1, "measured_steps_per_s": 2.0, "measured_min_steps_per_s": 1.9, "measured_max_steps_per_s": 2.1, "measured_runs": 3,
               "predicted_steps_per_s": 2.05, "ci95": [2.0, 2.1], "run_range95": [1.8, 2.3], "error_pct": 2.5, "something_new": {"a": 1}},
              {"workers": 2, "measured_steps_per_s": 3.0, "measured_min_steps_per_s": 2.5, "measured_max_steps_per_s": 3.5, "measured_runs": 3,
               "predicted_steps_per_s": 2.7, "ci95": [2.6, 2.8], "run_range95": [2.6, 2.9], "error_pct": -10.0}
            ],
             "mape_pct": 6.25}
            """;
        var outcome = Outcome.Parse("test", Json);
        var set = new MeasuredSet("s", "traces/measured/s", "/nowhere", 3e8, "mlp", "traces/measured/s/HOW.md");

        HorizonPoint[] horizon = [new(1, 2.0, (1.9, 2.1), 2.05, (2.0, 2.1)), new(2, 2.5, (2.4, 2.6), 2.8, (2.7, 2.9))];
        var md = AccuracyMarkdown.Render([new SetOutcome(set, outcome, outcome, [outcome, outcome, outcome, outcome], horizon)]);

        AssertHas(
            md,
            "| workers | measured | runs | predicted | 95% CI | run range | runs inside | error | with `--bandwidth 300 Mbit/s` | error |",
            "| 1 | 2.000 | 3: 1.900–2.100 | 2.050 | 2.000–2.100 | 1.800–2.300 | yes | +2.5% | 2.050 | +2.5% |",
            "| 2 | 3.000 | 3: 2.500–3.500 | 2.700 | 2.600–2.800 | 2.600–2.900 | no | -10.0% |",
            "| s | 300 Mbit/s | 6.3% | -10.0%, N=2 | 6.3% | -10.0%, N=2 | 1 of 2 worker counts | 1 of 2 worker counts |",
            "| s | 6.3% (-10.0%, N=2) | — |"); // without the naive bound in the JSON its cell says so...

        // ...and there is no naive-bound column.
        Assert.DoesNotContain("naive bound |\n", md, StringComparison.Ordinal);
    }

    private static void AssertHas(string text, params string[] parts) =>
        Assert.All(parts, part => Assert.Contains(part, text, StringComparison.Ordinal));
}
