using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SgdSim.Calibration;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>report.html of <c>predict --out</c> and <c>compare --out</c>: the numbers the JSON gives, escaped input,
/// the same bytes for the same run, and nothing fetched from outside the folder.</summary>
public sealed partial class HtmlReportTests : IDisposable
{
    private static readonly string Trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private static readonly string[] Small = ["--replicas", "3", "--steps", "12", "--seed", "5"];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>One table row's cells by column: the text shown and the data attributes.</summary>
    internal sealed record Cell(string Shown, string? Value, string? Low, string? High);

    [GeneratedRegex("""<tr data-workers="(\d+)"(?: data-policy="([^"]*)")?[^>]*>(.*?)</tr>""")]
    private static partial Regex Row();

    [GeneratedRegex("""<td[^>]*?data-column="([^"]+)"(?: data-value="([^"]*)")?(?: data-low="([^"]*)" data-high="([^"]*)")?>(.*?)</td>""")]
    private static partial Regex TableCell();

    [GeneratedRegex("""<table id="([^"]+)".*?</table>""", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)""", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteReference();

    /// <summary>The rows of the table with <paramref name="id"/>: (workers, policy or null, cells by column).</summary>
    internal static List<(int Workers, string? Policy, Dictionary<string, Cell> Cells)> Rows(string html, string id)
    {
        var table = Table().Matches(html).Single(m => m.Groups[1].Value == id).Value;
        return [.. Row().Matches(table).Select(r => (
            int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture),
            r.Groups[2].Success ? WebUtility.HtmlDecode(r.Groups[2].Value) : null,
            TableCell().Matches(r.Groups[3].Value).ToDictionary(c => c.Groups[1].Value, c => new Cell(
                WebUtility.HtmlDecode(c.Groups[5].Value),
                c.Groups[2].Success ? c.Groups[2].Value : null,
                c.Groups[3].Success ? c.Groups[3].Value : null,
                c.Groups[4].Success ? c.Groups[4].Value : null))))];
    }

    /// <summary>Runs <paramref name="command"/> with <c>--out FOLDER --json</c> and the small horizon; returns its JSON.</summary>
    internal static JsonDocument RunJson(string folder, params string[] command)
    {
        var result = CliRunner.Run([.. command, "--out", folder, "--json", .. Small]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout);
    }

    private static double D(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static void AssertSameNumber(JsonElement json, Cell cell, string format)
    {
        Assert.Equal(json.GetDouble(), D(cell.Value));
        Assert.Equal(F(json.GetDouble(), format), cell.Shown);
    }

    private static void AssertSameRange(JsonElement json, Cell cell)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            Assert.Equal("–", cell.Shown);
            return;
        }

        var (low, high) = (json[0].GetDouble(), json[1].GetDouble());
        Assert.Equal((low, high), (D(cell.Low), D(cell.High)));
        Assert.Equal($"{F(low, "0.000")}–{F(high, "0.000")}", cell.Shown);
    }

    [Fact]
    public void Predict_report_holds_the_numbers_the_json_gives_and_is_among_the_files_listed()
    {
        var folder = _dir.File("out");
        using var doc = RunJson(folder, "predict", Trace, "--workers", "1-3", "--batch", "16", "--explain");

        var report = Path.Combine(folder, HtmlReport.FileName);
        Assert.Contains(report, doc.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        var html = File.ReadAllText(report);
        var rows = Rows(html, "predictions");
        var predictions = doc.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(predictions.Select(p => p.GetProperty("workers").GetInt32()), rows.Select(r => r.Workers));
        foreach (var (p, row) in predictions.Zip(rows))
        {
            AssertSameNumber(p.GetProperty("throughput_steps_per_s"), row.Cells["throughput_steps_per_s"], "0.000");
            AssertSameRange(p.GetProperty("ci95"), row.Cells["ci95"]);
            AssertSameRange(p.GetProperty("run_range95"), row.Cells["run_range95"]);
            AssertSameNumber(p.GetProperty("samples_per_s"), row.Cells["samples_per_s"], "0.0");
            AssertSameNumber(p.GetProperty("ps_send_utilisation"), row.Cells["ps_send_utilisation"], "0%");
            AssertSameNumber(p.GetProperty("ps_receive_utilisation"), row.Cells["ps_receive_utilisation"], "0%");
            AssertSameNumber(p.GetProperty("worker_compute_share"), row.Cells["worker_compute_share"], "0%");
            Assert.Equal(p.GetProperty("bottleneck").GetString(), row.Cells["bottleneck"].Shown);
        }

        // The calibration with its derivations, as --explain gives them.
        foreach (var value in doc.RootElement.GetProperty("calibration").EnumerateObject())
        {
            Assert.Contains($"<code>{value.Name}</code> = <span data-value=\"{value.Value.GetProperty("value").GetDouble().ToString("R", CultureInfo.InvariantCulture)}\">", html, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(value.Value.GetProperty("derivation").GetString()!), html, StringComparison.Ordinal);
        }

        Assert.Contains("<code>share_spread</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>reverse_queueing</code>", html, StringComparison.Ordinal);
        // A plot of the curve and one of the utilisations, drawn inline.
        Assert.Contains("<svg viewBox=\"0 0 900 560\" width=\"900\" height=\"560\" id=\"plot-throughput\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"plot-utilisation\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_report_links_every_other_file_written_relative_to_itself()
    {
        var folder = _dir.File("out");
        using var doc = RunJson(folder, "predict", Trace, "--workers", "1,2");

        var others = doc.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetRelativePath(folder, f.GetString()!).Replace('\\', '/'))
            .Where(f => f != HtmlReport.FileName).ToArray();
        var html = File.ReadAllText(Path.Combine(folder, HtmlReport.FileName));
        var links = Regex.Matches(html, """<a href="([^"]*)">""").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
        Assert.Equal(others, links);
        Assert.Contains("chakra/job.0.et", links);
    }

    [Fact]
    public void Compare_report_holds_each_policy_s_numbers_as_the_json_gives_them()
    {
        var folder = _dir.File("cmp");
        using var doc = RunJson(folder, "compare", Trace, "--workers", "1,2", "--policy", "fifo,tf-default,p3");

        var html = File.ReadAllText(Path.Combine(folder, HtmlReport.FileName));
        var rows = Rows(html, "comparison");
        var policies = doc.RootElement.GetProperty("policies").EnumerateArray().ToArray();
        Assert.Equal(6, rows.Count);
        foreach (var policy in policies)
        {
            var name = policy.GetProperty("policy").GetString();
            foreach (var p in policy.GetProperty("predictions").EnumerateArray())
            {
                var row = rows.Single(r => r.Policy == name && r.Workers == p.GetProperty("workers").GetInt32());
                AssertSameNumber(p.GetProperty("throughput_steps_per_s"), row.Cells["throughput_steps_per_s"], "0.000");
                AssertSameRange(p.GetProperty("ci95"), row.Cells["ci95"]);
                Assert.Equal(p.GetProperty("bottleneck").GetString(), row.Cells["bottleneck"].Shown);
                if (name == doc.RootElement.GetProperty("baseline").GetString())
                {
                    Assert.Equal("—", row.Cells["gain"].Shown);
                }
                else
                {
                    AssertSameNumber(p.GetProperty("gain"), row.Cells["gain"], "+0.0%;-0.0%;0.0%");
                }
            }
        }

        Assert.Contains("id=\"plot-policies\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"comparison.parquet\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_run_writes_the_same_bytes()
    {
        string Report(string name, params string[] command)
        {
            var folder = _dir.File(name);
            Assert.Equal(0, CliRunner.Run([.. command, "--out", folder, .. Small]).ExitCode);
            return File.ReadAllText(Path.Combine(folder, HtmlReport.FileName));
        }

        Assert.Equal(Report("a", "predict", Trace, "--workers", "1-3"), Report("b", "predict", Trace, "--workers", "1-3"));
        Assert.Equal(Report("c", "compare", Trace, "--workers", "1,2", "--policy", "fifo,tic"), Report("d", "compare", Trace, "--workers", "1,2", "--policy", "fifo,tic"));
    }

    [Fact]
    public void A_hostile_trace_path_is_escaped_everywhere_on_the_page()
    {
        // A folder name that is markup, a script and quotes: legal on Linux and macOS.
        const string hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>&\"'";
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var trace = Path.Combine(_dir.File(hostile), "trace");
        Directory.CreateDirectory(trace);
        foreach (var file in Directory.GetFiles(Trace))
        {
            File.Copy(file, Path.Combine(trace, Path.GetFileName(file)));
        }

        var folder = _dir.File("out");
        Assert.Equal(0, CliRunner.Run(["predict", trace, "--workers", "1,2", "--out", folder, .. Small]).ExitCode);
        var html = File.ReadAllText(Path.Combine(folder, HtmlReport.FileName));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(WebUtility.HtmlEncode(trace), html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_name_in_the_plot_title_is_escaped_inside_the_svg_too()
    {
        const string hostile = "</svg><script>alert(1)</script>&'\"";
        var html = HtmlReport.Render(Report(Path.Combine("runs", hostile)), []);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, Regex.Matches(html, "</svg>").Count);
        Assert.Contains(WebUtility.HtmlEncode(hostile), html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_needs_nothing_from_outside_its_folder()
    {
        var html = HtmlReport.Render(Report("traces/job"), ["predictions.parquet", "chakra/job.0.et", "odd name #1.png"]);

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(AbsoluteReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        // A name with a space and a # still links to itself.
        Assert.Contains("<a href=\"odd%20name%20%231.png\">odd name #1.png</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_on_the_page_and_every_reference_finds_its_own_plot_s_id()
    {
        var html = HtmlReport.Render(Report("traces/job"), []);

        var ids = Regex.Matches(html, """\bid="([^"]+)""").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (Match svg in Regex.Matches(html, """<svg [^>]*id="([^"]+)".*?</svg>""", RegexOptions.Singleline))
        {
            foreach (Match reference in Regex.Matches(svg.Value, """url\(#([^)]+)\)"""))
            {
                Assert.StartsWith(svg.Groups[1].Value + "-", reference.Groups[1].Value, StringComparison.Ordinal);
                Assert.Contains($"id=\"{reference.Groups[1].Value}\"", svg.Value, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Glyph_positions_have_no_trailing_comma_and_the_svg_no_xml_declaration()
    {
        var html = HtmlReport.Render(Report("traces/job"), []);

        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("""\b[xy]="[^"]*,\s*" """.TrimEnd()), html);
    }

    private static PredictionReport Report(string tracePath)
    {
        Prediction At(int workers, double rate) => new(workers, rate, rate * 0.97, rate * 1.03, [rate], 0.1 * workers, 0.2 * workers, 0.6, workers < 3 ? "worker-compute" : "ps-receive", 1000)
        {
            RunRange95Low = rate * 0.9,
            RunRange95High = rate * 1.1,
        };
        var run = new PredictionRun(tracePath, new string('0', 64), "0.0.0", 1, 40, 4, DurationMode.Sample, false, null, 32);
        return new PredictionReport(run, Scenario.Default.Describe(), ["link 1 Gbit/s"], [At(1, 20), At(2, 38), At(4, 60)], 10, true, [],
            [new CalibratedValue("link_capacity_down_bits_per_s", 1e9, "from <the> trace & more")], Explanations.Network(Scenario.Default));
    }
}
