using SgdSim.Cli.Output;
using SgdSim.IO;
using SgdSim.Reports;
using SgdSim.Tests.Support;
using Spectre.Console;

namespace SgdSim.Tests;

/// <summary>The CLI's console layer (tables, progress) and the all-or-nothing output folder behind --out.</summary>
public sealed class ConsoleOutputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static TextTable Sample() => new TextTable(
            new TextColumn("workers", MinWidth: 7), new TextColumn("95% CI", Justify.Left), new TextColumn("error", MinWidth: 7), new TextColumn("bottleneck", Justify.Left))
        .AddRow("1", " 19.383–22.053 ", "+0.8%", "worker-compute")
        .AddRow("12", "  1.663–1.668  ", "-15.7%", "ps-receive");

    [Fact]
    public void A_plain_table_aligns_numbers_right_and_text_left_without_trailing_spaces()
    {
        var output = new StringWriter();

        Sample().WriteTo(output);

        Assert.Equal(
            [
                "  workers   95% CI              error   bottleneck",
                "        1    19.383–22.053      +0.8%   worker-compute",
                "       12     1.663–1.668      -15.7%   ps-receive",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_plain_list_can_leave_out_its_headings_and_padding_and_reword_a_cell()
    {
        var table = new TextTable(
            new TextColumn("size", MinWidth: 10), new TextColumn("tensor", Justify.Left) { Pad = false },
            new TextColumn("applied by", Justify.Left) { Plain = op => $"(applied by {op})" })
        {
            Gap = 2,
            PlainHeader = false,
        };
        table.AddRow("784.0 KiB", "fc0.weight", "sgdsim.apply/fc0.weight").AddRow("40 B", "b", "");
        var output = new StringWriter();

        table.WritePlain(output);

        Assert.Equal(
            ["   784.0 KiB  fc0.weight  (applied by sgdsim.apply/fc0.weight)", "        40 B  b"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_styled_table_has_every_heading_and_cell_in_a_border()
    {
        var output = new StringWriter();

        Sample().WriteStyled(output);

        var text = output.ToString();
        Assert.All(new[] { "workers", "95% CI", "bottleneck", "19.383–22.053", "-15.7%", "ps-receive" }, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.True(text.Split('\n').Length >= 6, text); // a top border, headings, a rule, two rows, a bottom border
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_refused() =>
        Assert.Throws<ArgumentException>(() => Sample().AddRow("1", "2"));

    [Fact]
    public void A_captured_writer_is_no_terminal_so_nothing_shows_progress()
    {
        var stderr = new StringWriter();
        var console = CliConsole.For(stderr, json: false, CancellationToken.None);
        var reported = new List<int>();

        var result = console.Progress("work", 3, progress =>
        {
            foreach (var i in new[] { 1, 3, 2 })
            {
                progress.Report(i);
                reported.Add(i);
            }

            return 42;
        });

        Assert.False(CliConsole.IsTerminal(stderr));
        Assert.False(console.ShowsProgress);
        Assert.Equal(42, result);
        Assert.Equal("done", console.Status("reading", () => "done"));
        Assert.Equal("", stderr.ToString());
        Assert.Throws<InvalidOperationException>(() => console.Status<int>("failing", () => throw new InvalidOperationException()));
    }

    [Fact]
    public void Outside_an_invocation_the_current_console_is_silent() =>
        Assert.Same(CliConsole.Silent, CliConsole.Current);

    [Fact]
    public void A_staged_folder_shows_its_files_only_on_commit_replacing_older_ones()
    {
        var target = _dir.File("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.txt"), "old");

        using (var staged = StagedFolder.Begin(target))
        {
            File.WriteAllText(Path.Combine(staged.Path, "a.txt"), "new");
            Directory.CreateDirectory(Path.Combine(staged.Path, "sub"));
            File.WriteAllText(Path.Combine(staged.Path, "sub", "b.txt"), "b");
            Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.txt")));

            staged.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(target, "sub", "b.txt")));
        Assert.Equal([Path.Combine(target, "sub")], Directory.GetDirectories(target));
    }

    [Fact]
    public void A_staged_folder_left_uncommitted_leaves_nothing_and_removes_the_folder_it_made()
    {
        var made = _dir.File("made");
        var existing = _dir.File("existing");
        Directory.CreateDirectory(existing);

        foreach (var target in new[] { made, existing })
        {
            using var staged = StagedFolder.Begin(target);
            File.WriteAllText(Path.Combine(staged.Path, "predictions.parquet"), "half");
        }

        Assert.False(Directory.Exists(made));
        Assert.Empty(Directory.GetFileSystemEntries(existing));
    }
}
