using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SgdSim.Calibration;
using SgdSim.IO;
using SgdSim.Simulation;

namespace SgdSim.Reports;

/// <summary>What report.html of <c>predict --out</c> shows: the predictions and everything that explains them.</summary>
/// <param name="Run">What the predictions were computed from (trace, its SHA-256, tool version, seed).</param>
/// <param name="Setup">The simulated setup in one line (<see cref="Scenario.Describe"/>).</param>
/// <param name="Header">Lines under the title, as the terminal prints them: rates understood, link, horizon.</param>
/// <param name="Predictions">One prediction per worker count, in the order printed.</param>
/// <param name="RunSeconds">The run length the run range is for, seconds.</param>
/// <param name="HasServer">Whether a parameter server is simulated: its NIC's utilisation is shown, else the workers'.</param>
/// <param name="Notes">Notes under the table (missing intervals, windows left out, precision not reached).</param>
/// <param name="Calibration">Every calibrated value with its derivation, as <c>--explain</c> prints them.</param>
/// <param name="Network">The network behaviour simulated, as <c>--explain</c> prints it.</param>
public sealed record PredictionReport(
    PredictionRun Run,
    string Setup,
    IReadOnlyList<string> Header,
    IReadOnlyList<Prediction> Predictions,
    double RunSeconds,
    bool HasServer,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CalibratedValue> Calibration,
    IReadOnlyList<NetworkSetting> Network)
{
    /// <summary>How the page names the settings it mentions (the caller's words for them; the library's by default).</summary>
    public Func<Setting, string> NameOf { get; init; } = Settings.Describe;
}

/// <summary>One policy's predictions in a <see cref="ComparisonReport"/>.</summary>
/// <param name="Policy">Its name, as <c>--policy</c> takes it.</param>
/// <param name="Predictions">One prediction per worker count, in the same order for every policy.</param>
/// <param name="Gain">Its throughput over the baseline's at each worker count, minus 1.</param>
/// <param name="IsBaseline">Whether this is the policy the gains are over.</param>
public sealed record PolicyPredictions(string Policy, IReadOnlyList<Prediction> Predictions, IReadOnlyList<double> Gain, bool IsBaseline);

/// <summary>What report.html of <c>compare --out</c> shows: the policies side by side, and what explains them.</summary>
/// <param name="Run">What the predictions were computed from.</param>
/// <param name="Setup">What every policy was compared on (<c>async, 1 PS</c>).</param>
/// <param name="Header">Lines under the title, as the terminal prints them.</param>
/// <param name="Policies">Each policy's predictions, in the order compared.</param>
/// <param name="Notes">Notes under the table.</param>
/// <param name="Calibration">Every calibrated value with its derivation.</param>
/// <param name="Network">The network behaviour simulated.</param>
public sealed record ComparisonReport(
    PredictionRun Run,
    string Setup,
    IReadOnlyList<string> Header,
    IReadOnlyList<PolicyPredictions> Policies,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CalibratedValue> Calibration,
    IReadOnlyList<NetworkSetting> Network)
{
    /// <summary>How the page names the settings it mentions (the caller's words for them; the library's by default).</summary>
    public Func<Setting, string> NameOf { get; init; } = Settings.Describe;
}

/// <summary>
/// report.html: one page that needs nothing else to show a prediction — the plots inline as SVG, the style inline, no
/// script and no address outside the folder — so that it opens the same from a laptop, a CI artefact or an e-mail.
/// Every number in its tables is formatted as the terminal prints it and carries its full value in
/// <c>data-value</c> (as <c>--json</c> writes it), so a script can read the page as it reads the JSON. The same
/// inputs give the same bytes: no time, no random id.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>The report's file name in the output folder.</summary>
    public const string FileName = "report.html";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    // What each file the commands write is, for the list of links.
    private static readonly Dictionary<string, string> FileDescriptions = new(StringComparer.Ordinal)
    {
        ["predictions.parquet"] = "the predictions table (Parquet; sgdsim plot reads it)",
        ["comparison.parquet"] = "the comparison table, one row per worker count and policy (Parquet)",
        ["throughput.png"] = "the throughput curve as a PNG",
        ["policies.png"] = "the policies' curves as a PNG",
        ["trace.json"] = "a simulated multi-worker trace: open it in Perfetto or chrome://tracing",
        ["nic-utilisation.png"] = "NIC utilisation over time, for the busiest setup",
        ["step-times.png"] = "step time per worker, for the busiest setup",
    };

    /// <summary>Writes <see cref="FileName"/> into <paramref name="folder"/> atomically, linking every other file
    /// already there (call it last, in the staged folder, so that the links are to what the command wrote).</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Write(string folder, PredictionReport report)
    {
        var html = Render(report, OtherFiles(folder));
        AtomicFile.WriteText(Path.Combine(folder, FileName), w => w.Write(html));
    }

    /// <summary>Writes <see cref="FileName"/> for a comparison into <paramref name="folder"/>, as the other overload.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Write(string folder, ComparisonReport report)
    {
        var html = Render(report, OtherFiles(folder));
        AtomicFile.WriteText(Path.Combine(folder, FileName), w => w.Write(html));
    }

    /// <summary>The page of a prediction, linking <paramref name="files"/> (paths relative to the page, with /).</summary>
    public static string Render(PredictionReport report, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(files);
        var title = $"Predicted throughput — {ShortName(report.Run.TracePath)}";
        var page = new Page(title, report.Setup, report.Run, report.Header);

        page.Section("Throughput", "throughput");
        page.Svg(ThroughputPlot.Create(title, [ThroughputSeries.Of("predicted", report.Predictions)], null), "plot-throughput",
            "Throughput against worker count, with the 95% confidence interval of the mean shaded");

        page.Section("Predictions", "predictions-heading");
        PredictionTable(page, report);
        page.Notes(report.Notes);

        page.Section("Bottleneck by worker count", "bottleneck");
        Bottlenecks(page, report);

        return page.Finish(report.Calibration, report.Network, files, report.NameOf);
    }

    /// <summary>The page of a comparison of policies, linking <paramref name="files"/>.</summary>
    public static string Render(ComparisonReport report, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(files);
        var title = $"Transmission policies — {ShortName(report.Run.TracePath)} ({report.Setup})";
        var page = new Page(title, report.Setup, report.Run, report.Header);

        page.Section("Throughput by policy", "throughput");
        page.Svg(ComparisonPlot.Create(title, "workers", "throughput (steps/s)",
            [.. report.Policies.Select(p => LineSeries.Of(ThroughputSeries.Of(p.Policy, p.Predictions)))]), "plot-policies",
            "Throughput against worker count for each policy, with 95% confidence intervals shaded");

        page.Section("Policies side by side", "comparison-heading");
        ComparisonTable(page, report);
        page.Notes(report.Notes);

        return page.Finish(report.Calibration, report.Network, files, report.NameOf);
    }

    /// <summary>Text made safe to put in HTML, between tags or inside a quoted attribute.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The files in <paramref name="folder"/> and under it, but not the report and not hidden ones, relative
    /// to it with <c>/</c>, in ordinal order.</summary>
    internal static IReadOnlyList<string> OtherFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != FileName && !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)];

    private static string ShortName(string tracePath) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(tracePath)) is { Length: > 0 } name ? name : tracePath;

    private static void PredictionTable(Page page, PredictionReport report)
    {
        var batch = report.Run.BatchSize;
        var headers = new List<string> { "workers", "steps/s", "95% CI", string.Create(C, $"{report.RunSeconds:0.###} s runs") };
        if (batch is not null)
        {
            headers.Add("samples/s");
        }

        headers.AddRange(report.HasServer ? ["PS send", "PS recv"] : ["worker NIC"]);
        headers.AddRange(["compute", "bottleneck"]);
        page.TableStart("predictions", "The predicted throughput at each worker count", headers);
        foreach (var p in report.Predictions)
        {
            page.RowStart(string.Create(C, $" data-workers=\"{p.Workers}\""));
            page.Cell("workers", p.Workers.ToString(C), p.Workers);
            page.Cell("throughput_steps_per_s", p.ThroughputStepsPerS.ToString("0.000", C), p.ThroughputStepsPerS);
            page.Range("ci95", p.Ci95Low, p.Ci95High);
            page.Range("run_range95", p.RunRange95Low, p.RunRange95High);
            if (batch is { } b)
            {
                page.Cell("samples_per_s", (p.ThroughputStepsPerS * b).ToString("0.0", C), p.ThroughputStepsPerS * b);
            }

            if (report.HasServer)
            {
                page.Share("ps_send_utilisation", p.ServerEgressUtilisation);
                page.Share("ps_receive_utilisation", p.ServerIngressUtilisation);
            }
            else
            {
                page.Share("worker_network_utilisation", p.WorkerNetworkUtilisation);
            }

            page.Share("worker_compute_share", p.WorkerComputeShare);
            page.Text("bottleneck", p.Bottleneck);
            page.RowEnd();
        }

        page.TableEnd();
    }

    private static void ComparisonTable(Page page, ComparisonReport report)
    {
        var batch = report.Run.BatchSize;
        var headers = new List<string> { "workers", "policy", "steps/s", "95% CI", "gain" };
        if (batch is not null)
        {
            headers.Add("samples/s");
        }

        headers.Add("bottleneck");
        page.TableStart("comparison", $"Each policy at each worker count; gains over {report.Policies.FirstOrDefault(p => p.IsBaseline)?.Policy ?? "the first"}", headers);
        var counts = report.Policies.Count == 0 ? 0 : report.Policies[0].Predictions.Count;
        for (var k = 0; k < counts; k++)
        {
            foreach (var policy in report.Policies)
            {
                var p = policy.Predictions[k];
                var first = policy == report.Policies[0];
                page.RowStart(string.Create(C, $" data-workers=\"{p.Workers}\" data-policy=\"{Escape(policy.Policy)}\"{(first ? " class=\"group\"" : "")}"));
                page.Cell("workers", first ? p.Workers.ToString(C) : "", p.Workers);
                page.Text("policy", policy.Policy);
                page.Cell("throughput_steps_per_s", p.ThroughputStepsPerS.ToString("0.000", C), p.ThroughputStepsPerS);
                page.Range("ci95", p.Ci95Low, p.Ci95High);
                if (policy.IsBaseline)
                {
                    page.Raw("<td class=\"num\" data-column=\"gain\">—</td>");
                }
                else
                {
                    page.Cell("gain", policy.Gain[k].ToString("+0.0%;-0.0%;0.0%", C), policy.Gain[k]);
                }

                if (batch is { } b)
                {
                    page.Cell("samples_per_s", (p.ThroughputStepsPerS * b).ToString("0.0", C), p.ThroughputStepsPerS * b);
                }

                page.Text("bottleneck", p.Bottleneck);
                page.RowEnd();
            }
        }

        page.TableEnd();
    }

    private static void Bottlenecks(Page page, PredictionReport report)
    {
        // The resources in the order the plot below draws them, so that each label has its line's colour.
        (string Bottleneck, string Label, Func<Prediction, double> Share)[] resources = report.HasServer
            ? [("ps-send", "PS send", p => p.ServerEgressUtilisation), ("ps-receive", "PS receive", p => p.ServerIngressUtilisation), ("worker-compute", "worker compute", p => p.WorkerComputeShare)]
            : [("worker-network", "worker NIC", p => p.WorkerNetworkUtilisation), ("worker-compute", "worker compute", p => p.WorkerComputeShare)];

        // Which resource is busiest where, as runs of worker counts: what a reader wants is where it changes.
        var runs = new List<(string Bottleneck, List<int> Workers)>();
        foreach (var p in report.Predictions)
        {
            if (runs.Count > 0 && runs[^1].Bottleneck == p.Bottleneck)
            {
                runs[^1].Workers.Add(p.Workers);
            }
            else
            {
                runs.Add((p.Bottleneck, [p.Workers]));
            }
        }

        page.Raw("<ol class=\"bottlenecks\">\n");
        foreach (var (bottleneck, workers) in runs)
        {
            // A range where the counts are consecutive; else each, so that no count not predicted looks included.
            var at = workers.Count == 1 ? $"{workers[0]}"
                : workers[^1] - workers[0] == workers.Count - 1 ? $"{workers[0]}–{workers[^1]}"
                : string.Join(", ", workers);
            var line = Array.FindIndex(resources, r => r.Bottleneck == bottleneck);
            var colour = line < 0 ? "" : $" style=\"background: {PlotDesign.Colour(line).ToHex()}\"";
            page.Raw($"<li><span class=\"workers\">{Escape(at)} {(workers.Count == 1 && workers[0] == 1 ? "worker" : "workers")}</span> "
                + $"<span class=\"bottleneck\"{colour}>{Escape(bottleneck)}</span> {Escape(BottleneckMeaning(bottleneck))}</li>\n");
        }

        page.Raw("</ol>\n");
        LineSeries[] series = [.. resources.Select(r => new LineSeries(r.Label, [.. report.Predictions.Select(p => new SeriesPoint(p.Workers, 100 * r.Share(p)))]))];
        page.Svg(ComparisonPlot.Create("Utilisation by worker count: the busiest resource is the bottleneck", "workers", "share in use (%)", series),
            "plot-utilisation", "Share of each resource in use against worker count");
    }

    private static string BottleneckMeaning(string bottleneck) => bottleneck switch
    {
        "ps-send" => "the parameter server's NIC sending parameters is the busiest resource",
        "ps-receive" => "the parameter server's NIC receiving gradients is the busiest resource",
        "worker-network" => "the workers' NICs are the busiest resource",
        "worker-compute" => "the workers' own computation is the busiest resource",
        _ => "",
    };

    [GeneratedRegex("""<\?xml[^>]*\?>\s*""")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""\bid="([^"]+)"|url\(#([^)]+)\)|href="#([^"]+)"|\b(x|y)="([^"]*)"|<svg\b([^>]*)>""")]
    private static partial Regex SvgParts();

    /// <summary>
    /// An SVG document as an element of the page: no XML declaration; its ids renumbered in order of appearance under
    /// <paramref name="prefix"/>, since two plots inlined in one page otherwise share ids (their clip paths would clip
    /// each other) and the renderer's numbering depends on what it drew before; glyph position lists without the
    /// trailing comma the renderer leaves, which browsers reject; a viewBox so that it scales to the page; and no
    /// namespace declarations, which HTML does not need, so that the page holds no address at all.
    /// </summary>
    internal static string InlineSvg(string svg, string prefix, string label)
    {
        svg = XmlDeclaration().Replace(svg, "", 1);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Id(string id)
        {
            if (!ids.TryGetValue(id, out var renamed))
            {
                renamed = string.Create(C, $"{prefix}-{ids.Count + 1}");
                ids[id] = renamed;
            }

            return renamed;
        }

        return SvgParts().Replace(svg, m =>
        {
            if (m.Groups[1].Success)
            {
                return $"id=\"{Id(m.Groups[1].Value)}\"";
            }

            if (m.Groups[2].Success)
            {
                return $"url(#{Id(m.Groups[2].Value)})";
            }

            if (m.Groups[3].Success)
            {
                return $"href=\"#{Id(m.Groups[3].Value)}\"";
            }

            if (m.Groups[4].Success)
            {
                return $"{m.Groups[4].Value}=\"{m.Groups[5].Value.Trim().TrimEnd(',').Trim()}\"";
            }

            var attributes = m.Groups[6].Value;
            var width = Regex.Match(attributes, """\bwidth="([\d.]+)""").Groups[1].Value;
            var height = Regex.Match(attributes, """\bheight="([\d.]+)""").Groups[1].Value;
            return $"<svg viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" id=\"{prefix}\" role=\"img\" aria-label=\"{Escape(label)}\">";
        });
    }

    /// <summary>The page as it is built: HTML text and the helpers that keep every piece escaped.</summary>
    private sealed class Page
    {
        private readonly StringBuilder _html = new();

        // The title, then what the predictions were computed from and the lines the terminal prints under its title.
        public Page(string title, string setup, PredictionRun run, IReadOnlyList<string> header)
        {
            _html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>").Append(Escape(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
                .Append("<h1>").Append(Escape(title)).Append("</h1>\n");
            _html.Append("<dl class=\"run\">\n");
            Term("trace", $"<code>{Escape(run.TracePath)}</code>");
            Term("trace SHA-256", $"<code>{Escape(run.TraceSha256)}</code>");
            Term("setup", Escape(setup));
            Term("sgdsim", Escape(run.ToolVersion));
            _html.Append("</dl>\n<ul class=\"header\">\n");
            foreach (var line in header)
            {
                _html.Append("<li>").Append(Escape(line.Trim())).Append("</li>\n");
            }

            _html.Append("</ul>\n");
        }

        public void Raw(string html) => _html.Append(html);

        public void Section(string title, string id) =>
            _html.Append("<h2 id=\"").Append(id).Append("\">").Append(Escape(title)).Append("</h2>\n");

        public void Svg(ScottPlot.Plot plot, string id, string label) =>
            _html.Append("<figure>\n").Append(InlineSvg(PlotDesign.Svg(plot), id, label).Trim()).Append("\n</figure>\n");

        // Headers of text columns (policy, bottleneck) align left as their cells do; the rest right, over numbers.
        public void TableStart(string id, string caption, IEnumerable<string> headers)
        {
            _html.Append("<div class=\"scroll\"><table id=\"").Append(id).Append("\">\n<caption>").Append(Escape(caption)).Append("</caption>\n<thead><tr>");
            foreach (var header in headers)
            {
                _html.Append(header is "policy" or "bottleneck" ? "<th scope=\"col\" class=\"text\">" : "<th scope=\"col\">").Append(Escape(header)).Append("</th>");
            }

            _html.Append("</tr></thead>\n<tbody>\n");
        }

        public void TableEnd() => _html.Append("</tbody>\n</table></div>\n");

        public void RowStart(string attributes) => _html.Append("<tr").Append(attributes).Append('>');

        public void RowEnd() => _html.Append("</tr>\n");

        // A number: shown as the terminal prints it, its full value (as --json writes it) in data-value.
        public void Cell(string column, string shown, double value) =>
            _html.Append("<td class=\"num\" data-column=\"").Append(column).Append("\" data-value=\"").Append(Full(value)).Append("\">")
                .Append(Escape(shown)).Append("</td>");

        public void Share(string column, double share) => Cell(column, share.ToString("0%", C), share);

        public void Text(string column, string text) =>
            _html.Append("<td data-column=\"").Append(column).Append("\">").Append(Escape(text)).Append("</td>");

        // An interval: a dash when there is none, as the terminal shows it.
        public void Range(string column, double low, double high)
        {
            if (double.IsNaN(low) || double.IsNaN(high))
            {
                _html.Append("<td class=\"num\" data-column=\"").Append(column).Append("\">–</td>");
                return;
            }

            _html.Append("<td class=\"num\" data-column=\"").Append(column).Append("\" data-low=\"").Append(Full(low))
                .Append("\" data-high=\"").Append(Full(high)).Append("\">")
                .Append(low.ToString("0.000", C)).Append('–').Append(high.ToString("0.000", C)).Append("</td>");
        }

        public void Notes(IReadOnlyList<string> notes)
        {
            if (notes.Count == 0)
            {
                return;
            }

            _html.Append("<ul class=\"notes\">\n");
            foreach (var note in notes)
            {
                _html.Append("<li>").Append(Escape(note.Trim())).Append("</li>\n");
            }

            _html.Append("</ul>\n");
        }

        // The explanation and the links close every page.
        public string Finish(IReadOnlyList<CalibratedValue> calibration, IReadOnlyList<NetworkSetting> network, IReadOnlyList<string> files,
            Func<Setting, string> nameOf)
        {
            Explanation(calibration, network, nameOf);
            Files(files);
            return _html.Append("</main>\n</body>\n</html>\n").ToString();
        }

        private void Explanation(IReadOnlyList<CalibratedValue> calibration, IReadOnlyList<NetworkSetting> network, Func<Setting, string> nameOf)
        {
            Section("Calibration", "calibration");
            _html.Append("<p>").Append(Escape(Explanations.CalibrationHeading)).Append(", as <code>").Append(Escape(nameOf(Setting.CalibrationExplanation)))
                .Append("</code> prints it:</p>\n<dl class=\"explain\" id=\"calibration-values\">\n");
            foreach (var value in calibration)
            {
                _html.Append("<dt><code>").Append(Escape(value.Name)).Append("</code> = <span data-value=\"").Append(Full(value.Value)).Append("\">")
                    .Append(Escape(Explanations.FormatValue(value))).Append("</span></dt>\n<dd>").Append(Escape(value.Derivation)).Append("</dd>\n");
            }

            _html.Append("</dl>\n");
            Section("Network behaviour", "network");
            _html.Append("<p>").Append(Escape(Explanations.NetworkHeading(nameOf))).Append(":</p>\n<dl class=\"explain\" id=\"network-values\">\n");
            foreach (var setting in network)
            {
                _html.Append("<dt><code>").Append(Escape(setting.Name)).Append("</code> = ").Append(Escape(setting.Value))
                    .Append(" <span class=\"origin\">(").Append(Escape(setting.Origin)).Append(")</span></dt>\n<dd>").Append(Escape(setting.Meaning)).Append("</dd>\n");
            }

            _html.Append("</dl>\n");
        }

        private void Files(IReadOnlyList<string> files)
        {
            Section("Files", "files");
            if (files.Count == 0)
            {
                _html.Append("<p>No other files.</p>\n");
                return;
            }

            _html.Append("<p>Written beside this page:</p>\n<ul class=\"files\">\n");
            foreach (var file in files)
            {
                // Each segment percent-encoded, so that a name with #, ? or a space still links to itself.
                var href = string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
                var description = FileDescriptions.TryGetValue(file, out var known) ? known
                    : file.StartsWith("chakra/", StringComparison.Ordinal) ? "the simulated job as a Chakra execution trace, one file per node"
                    : null;
                _html.Append("<li><a href=\"").Append(Escape(href)).Append("\">").Append(Escape(file)).Append("</a>");
                if (description is not null)
                {
                    _html.Append(" — ").Append(Escape(description));
                }

                _html.Append("</li>\n");
            }

            _html.Append("</ul>\n");
        }

        private static string Full(double value) => value.ToString("R", C);

        private void Term(string term, string html) =>
            _html.Append("<dt>").Append(Escape(term)).Append("</dt><dd>").Append(html).Append("</dd>\n");
    }

    // Inline, so that the page needs no other file; system fonts, so that it needs no network.
    private const string Style = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --band: #f6f8fa; }
        body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
        main { max-width: 960px; margin: 0 auto; padding: 24px 20px 48px; }
        h1 { font-size: 1.5em; margin: 0 0 12px; }
        h2 { font-size: 1.2em; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.92em; overflow-wrap: anywhere; }
        dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 8px; }
        dl.run dt { color: var(--muted); }
        dl.run dd { margin: 0; overflow-wrap: anywhere; }
        ul.header, ul.notes { margin: 4px 0; padding-left: 20px; color: var(--muted); }
        figure { margin: 8px 0; }
        figure svg { display: block; width: 100%; max-width: 900px; height: auto; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
        th, td { padding: 3px 10px; border-bottom: 1px solid var(--rule); white-space: nowrap; }
        th { text-align: right; background: var(--band); }
        th.text, td:not(.num) { text-align: left; }
        td.num { text-align: right; }
        tr.group td { border-top: 2px solid var(--rule); }
        ol.bottlenecks { list-style: none; padding: 0; margin: 8px 0; }
        ol.bottlenecks li { margin: 2px 0; }
        ol.bottlenecks .workers { display: inline-block; min-width: 8em; font-variant-numeric: tabular-nums; }
        .bottleneck { display: inline-block; min-width: 9em; padding: 0 6px; border-radius: 3px; color: #fff; background: #57606a; }
        dl.explain dt { margin-top: 8px; }
        dl.explain dd { margin: 0 0 0 24px; color: var(--muted); }
        .origin { color: var(--muted); }
        ul.files { padding-left: 20px; }

        """;
}
