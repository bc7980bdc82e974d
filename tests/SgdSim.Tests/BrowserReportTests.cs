using System.Diagnostics;
using System.Text.Json;
using SgdSim.Reports;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// report.html as a browser shows it: headless Chromium renders the page (tests/browser/check-report.mjs), and what it
/// shows — the table's text, the plots' size — is checked against the JSON of the same run. Skipped unless Chromium
/// and the node project's packages are installed (see <see cref="BrowserFactAttribute"/>), so that the suite needs
/// neither a browser nor the network.
/// </summary>
public sealed class BrowserReportTests : IDisposable
{
    private static readonly string Trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [BrowserFact]
    public void Chromium_renders_the_predict_report_s_numbers_and_plots_and_fetches_nothing()
    {
        var folder = _dir.File("out");
        using var json = HtmlReportTests.RunJson(folder, "predict", Trace, "--workers", "1-4", "--batch", "16");
        using var seen = Render(Path.Combine(folder, HtmlReport.FileName));
        var root = seen.RootElement;
        AssertDrawnAndSelfContained(root, ["plot-throughput", "plot-utilisation"]);
        var rows = root.GetProperty("tables").GetProperty("predictions").EnumerateArray().ToArray();
        var predictions = json.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(predictions.Length, rows.Length);
        foreach (var (p, row) in predictions.Zip(rows))
        {
            Assert.Equal(p.GetProperty("workers").GetInt32().ToString(Inv), Cell(row, "workers"));
            Assert.Equal(p.GetProperty("throughput_steps_per_s").GetDouble().ToString("0.000", Inv), Cell(row, "throughput_steps_per_s"));
            var ci = p.GetProperty("ci95");
            Assert.Equal($"{ci[0].GetDouble().ToString("0.000", Inv)}–{ci[1].GetDouble().ToString("0.000", Inv)}", Cell(row, "ci95"));
            Assert.Equal(p.GetProperty("samples_per_s").GetDouble().ToString("0.0", Inv), Cell(row, "samples_per_s"));
            Assert.Equal(p.GetProperty("ps_receive_utilisation").GetDouble().ToString("0%", Inv), Cell(row, "ps_receive_utilisation"));
            Assert.Equal(p.GetProperty("bottleneck").GetString(), Cell(row, "bottleneck"));
        }

        // Every link is to a file the command wrote, and resolves to it beside the page.
        foreach (var link in root.GetProperty("links").EnumerateArray())
        {
            Assert.True(File.Exists(Path.Combine(folder, Uri.UnescapeDataString(link.GetString()!))), link.GetString());
        }
    }

    [BrowserFact]
    public void Chromium_renders_the_compare_report_s_policies()
    {
        var folder = _dir.File("cmp");
        using var json = HtmlReportTests.RunJson(folder, "compare", Trace, "--workers", "1,2", "--policy", "tf-default,p3");
        using var seen = Render(Path.Combine(folder, HtmlReport.FileName));
        AssertDrawnAndSelfContained(seen.RootElement, ["plot-policies"]);
        var rows = seen.RootElement.GetProperty("tables").GetProperty("comparison").EnumerateArray().ToArray();
        var shown = rows.Select(r => (Cell(r, "policy"), Cell(r, "throughput_steps_per_s"))).ToHashSet();
        foreach (var policy in json.RootElement.GetProperty("policies").EnumerateArray())
        {
            foreach (var p in policy.GetProperty("predictions").EnumerateArray())
            {
                Assert.Contains((policy.GetProperty("policy").GetString(), p.GetProperty("throughput_steps_per_s").GetDouble().ToString("0.000", Inv)), shown);
            }
        }
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static string? Cell(JsonElement row, string column) => row.GetProperty(column).GetString();

    private static void AssertDrawnAndSelfContained(JsonElement root, string[] plots)
    {
        Assert.Empty(root.GetProperty("requests").EnumerateArray());
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
        var svgs = root.GetProperty("svgs").EnumerateArray().ToArray();
        Assert.Equal(plots, svgs.Select(s => s.GetProperty("id").GetString()));
        foreach (var svg in svgs)
        {
            Assert.True(svg.GetProperty("width").GetDouble() > 100 && svg.GetProperty("height").GetDouble() > 100, svg.ToString());
            // Titles, axis labels, ticks and legend: text the browser could place and measure.
            Assert.True(svg.GetProperty("texts").GetInt32() > 5, svg.ToString());
            Assert.Equal(0, svg.GetProperty("emptyTexts").GetInt32());
        }
    }

    /// <summary>What check-report.mjs saw; the screenshot goes beside the page (and to $SGDSIM_SCREENSHOTS when set,
    /// to look at).</summary>
    private static JsonDocument Render(string report)
    {
        var screenshot = Path.ChangeExtension(report, ".png");
        var start = new ProcessStartInfo("node", [BrowserFactAttribute.Script, report, screenshot])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BrowserFactAttribute.Project,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        if (!node.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail("headless Chromium did not finish within 90 s");
        }

        Assert.True(node.ExitCode == 0, $"check-report.mjs exited {node.ExitCode}: {stderr.Result}");
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000 && png[..4].SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), "no screenshot");
        if (Environment.GetEnvironmentVariable("SGDSIM_SCREENSHOTS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(screenshot, Path.Combine(keep, $"{Path.GetFileName(Path.GetDirectoryName(report))}-report.png"), overwrite: true);
        }

        return JsonDocument.Parse(stdout.Result);
    }
}

/// <summary>
/// A fact that runs only where headless Chromium can: <c>/usr/bin/chromium</c> (or <c>$CHROMIUM</c>) exists, and
/// <c>npm ci</c> has installed tests/browser's packages. Neither is needed for the rest of the suite.
/// </summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Skip = $"{chromium} is not installed (apt-get install chromium).";
        }
        else if (!Directory.Exists(Path.Combine(Project, "node_modules", "playwright-core")))
        {
            Skip = "tests/browser/node_modules is missing (cd tests/browser && npm ci).";
        }
    }

    /// <summary>The node project that drives the browser.</summary>
    public static string Project => Path.Combine(Paths.RepositoryRoot, "tests", "browser");

    /// <summary>The script that renders a report and says what it shows.</summary>
    public static string Script => Path.Combine(Project, "check-report.mjs");
}
