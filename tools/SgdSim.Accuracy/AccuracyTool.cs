using System.Diagnostics;
using SgdSim.Cli;
using SgdSim.IO;
using SgdSim.Reports;

namespace SgdSim.Accuracy;

/// <summary>
/// The command: finds the repository, validates every measured set, and writes the block of <see cref="Page"/> between
/// <see cref="Begin"/> and <see cref="End"/> — or, with <c>--check</c>, only says whether it is up to date.
/// </summary>
internal static class AccuracyTool
{
    /// <summary>The marker line before the generated block.</summary>
    public const string Begin = "<!-- accuracy:begin -->";

    /// <summary>The marker line after it.</summary>
    public const string End = "<!-- accuracy:end -->";

    /// <summary>The page that holds the accuracy tables, relative to the repository.</summary>
    public const string Page = "docs/accuracy.md";

    /// <summary>The page's block differs from what the measured sets give now (<c>--check</c>).</summary>
    public const int Stale = 1;

    private const string Usage = """
        Usage: dotnet run --project tools/SgdSim.Accuracy -c Release [-- --check]

        Runs sgdsim validate on every measured set present (../shared/groundtruth/*/, traces/measured/*/), from the
        trace alone and with --bandwidth at the set's nominal rate, and rewrites docs/accuracy.md between
        <!-- accuracy:begin --> and <!-- accuracy:end -->. With --check it writes nothing and exits 1 if the block
        differs. Exit codes: 0 done or up to date, 1 stale (--check), 2 bad input, 130 cancelled.
        """;

    /// <summary>Parses <paramref name="args"/> and runs from the repository that holds <paramref name="workingDirectory"/>.</summary>
    public static async Task<int> MainAsync(string[] args, string workingDirectory, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (args is ["--help" or "-h"])
        {
            await stdout.WriteLineAsync(Usage);
            return ExitCodes.Ok;
        }

        if (args is not ([] or ["--check"]))
        {
            await stderr.WriteLineAsync($"accuracy: unknown arguments '{string.Join(' ', args)}' (the only option is --check).");
            return ExitCodes.BadInput;
        }

        var repository = FindRepository(workingDirectory);
        if (repository is null)
        {
            await stderr.WriteLineAsync($"accuracy: {workingDirectory}: not inside the SgdSim repository (no SgdSim.sln above it).");
            return ExitCodes.BadInput;
        }

        return await RunAsync(repository, args is ["--check"], stdout, stderr, cancellation);
    }

    /// <summary>Validates every set of <paramref name="repository"/> and writes (or checks) the block of its <see cref="Page"/>.</summary>
    public static async Task<int> RunAsync(string repository, bool check, TextWriter stdout, TextWriter stderr, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var pagePath = Path.Combine(repository, Page);
        try
        {
            // The markers are checked before the minutes of simulation, not after.
            var page = File.ReadAllText(pagePath);
            Splice(page, "");

            var outcomes = new List<SetOutcome>();
            foreach (var set in MeasuredSets.Discover(repository))
            {
                outcomes.Add(await Validations.RunAsync(set, cancellation));
                await stdout.WriteLineAsync($"{set.Display}: MAPE {outcomes[^1].Trace.MapePct:0.0}% from the trace, {outcomes[^1].Bandwidth.MapePct:0.0}% with --bandwidth");
            }

            var updated = Splice(page, AccuracyMarkdown.Render(outcomes));
            var seconds = clock.Elapsed.TotalSeconds;
            if (check)
            {
                if (updated == page)
                {
                    await stdout.WriteLineAsync($"{Page}: the accuracy tables are up to date ({outcomes.Count} sets, {seconds:0.0} s).");
                    return ExitCodes.Ok;
                }

                await stderr.WriteLineAsync($"accuracy: {Page}: the accuracy tables differ from what the measured sets give now, from line {FirstDifference(page, updated)}; run '{AccuracyMarkdown.Command}' to rewrite them.");
                return Stale;
            }

            if (updated != page)
            {
                AtomicFile.WriteText(pagePath, w => w.Write(updated));
            }

            await stdout.WriteLineAsync($"{Page}: accuracy tables {(updated == page ? "unchanged" : "written")} from {outcomes.Count} sets in {seconds:0.0} s.");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is InvalidInputException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"accuracy: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync($"accuracy: cancelled; {Page} is unchanged.");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary><paramref name="page"/> with <paramref name="block"/> between the markers, each on its own line.</summary>
    /// <exception cref="InvalidInputException">The markers are missing, repeated or out of order.</exception>
    public static string Splice(string page, string block)
    {
        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin || page.IndexOf(Begin, begin + 1, StringComparison.Ordinal) >= 0 || page.IndexOf(End, end + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidInputException(Page, $"needs one '{Begin}' line and, after it, one '{End}' line around the accuracy tables.");
        }

        var start = begin + Begin.Length;
        var newline = block.Length == 0 || block.EndsWith('\n') ? "" : "\n";
        return $"{page[..start]}\n{block}{newline}{page[end..]}";
    }

    private static string? FindRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SgdSim.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static int FirstDifference(string a, string b)
    {
        var (x, y) = (a.Split('\n'), b.Split('\n'));
        var line = 0;
        while (line < x.Length && line < y.Length && x[line] == y[line])
        {
            line++;
        }

        return line + 1;
    }
}
