using System.Text.RegularExpressions;
using SgdSim.Cli.Output;
using SgdSim.Tests.Support;
using Spectre.Console;

namespace SgdSim.Tests;

/// <summary>Output that fits the terminal: tables narrowed or folded to its width, prose broken at spaces, no number
/// ever cut; --plain and --quiet; NO_COLOR without bold.</summary>
public sealed partial class TerminalWidthTests
{
    private static readonly Terminal Narrow = new(null, 80, false);

    private static TextTable Wide()
    {
        var table = new TextTable(
            new TextColumn("workers", MinWidth: 7), new TextColumn("steps/s"), new TextColumn("95% CI", Justify.Left), new TextColumn("10 s runs", Justify.Left),
            new TextColumn("samples/s"), new TextColumn("PS send"), new TextColumn("PS recv"), new TextColumn("compute"), new TextColumn("bottleneck", Justify.Left));
        for (var n = 1; n <= 12; n++)
        {
            table.AddRow($"{n}", $"{n * 11.337:0.000}", $" {n * 10.1:0.000}–{n * 12.4:0.000} ", $" {n * 9.1:0.000}–{n * 13.2:0.000} ", $"{n * 725.5:0.0}", $"{n * 7}%", $"{n * 8}%", "67%", "worker-compute");
        }

        return table;
    }

    [Fact]
    public void A_plain_table_wider_than_the_terminal_folds_into_blocks_that_fit_without_cutting_a_cell()
    {
        var table = Wide();
        var full = new StringWriter();
        var folded = new StringWriter();

        table.WritePlain(full);
        table.WritePlain(folded, 80);

        var lines = Lines(folded);
        Assert.True(Lines(full).Max(l => l.Length) > 80);
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        // Every cell is whole on some line, and every row's first column starts each block again.
        var cells = table.Rows.SelectMany(r => r).Select(c => c.Trim()).Distinct();
        Assert.All(cells, cell => Assert.Contains(lines, l => l.Contains(cell, StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.TrimStart().StartsWith("workers", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_plain_table_that_fits_once_its_gaps_narrow_is_not_folded()
    {
        var table = new TextTable(new TextColumn("a", MinWidth: 30), new TextColumn("b", MinWidth: 30), new TextColumn("c", MinWidth: 14)).AddRow("1", "2", "3");
        var output = new StringWriter();

        table.WritePlain(output, 80); // 2 + 74 + 2 x 3 = 82 with gaps of 3, 80 with gaps of 2

        Assert.Equal(2, Lines(output).Length);
        Assert.All(Lines(output), l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void Predict_and_compare_in_80_columns_keep_every_line_within_80_and_every_number_whole()
    {
        foreach (var command in new[] { "predict", "compare" })
        {
            string[] args = [command, Paths.BundledMlp, "--workers", "1-3", "--batch", "64", "--bandwidth", "1GB/s", "--replicas", "3", "--steps", "8"];
            var wide = CliRunner.Run(args);
            var narrow = CliRunner.RunIn(Narrow, args);

            Assert.Equal(0, narrow.ExitCode);
            Assert.True(Lines(wide.Stdout).Max(l => l.Length) > 80, wide.Stdout);
            Assert.All(Lines(narrow.Stdout), l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
            Assert.Equal(Numbers(wide.Stdout), Numbers(narrow.Stdout));
        }
    }

    [Fact]
    public void Inspect_in_80_columns_breaks_its_long_lines_under_the_values()
    {
        var wide = CliRunner.Run("inspect", Paths.BundledMlp);
        var narrow = CliRunner.RunIn(Narrow, "inspect", Paths.BundledMlp);

        Assert.True(Lines(wide.Stdout).Max(l => l.Length) > 80, wide.Stdout);
        Assert.All(Lines(narrow.Stdout), l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        Assert.Contains(Lines(narrow.Stdout), l => l.StartsWith("           → aten::detach", StringComparison.Ordinal) || l.StartsWith("           torch::", StringComparison.Ordinal));
        Assert.Equal(Numbers(wide.Stdout), Numbers(narrow.Stdout));
    }

    [Fact]
    public void Prose_breaks_at_spaces_with_the_rest_indented_and_a_long_word_is_left_whole()
    {
        var output = new StringWriter();
        var console = CliConsole.For(new StringWriter(), json: false, CancellationToken.None, terminal: new Terminal(null, 20, false));

        console.WriteLine(output, "  one two three four five six");
        console.WriteLine(output, "  https://example.org/a/very/long/address end");

        Assert.Equal(["  one two three four", "    five six", "  https://example.org/a/very/long/address", "    end"], Lines(output));
    }

    [Fact]
    public void Without_a_terminal_or_columns_nothing_is_narrowed() =>
        Assert.Null(CliConsole.For(new StringWriter(), json: false, CancellationToken.None, terminal: CliRunner.NoTerminal).WidthOf(new StringWriter()));

    [Fact]
    public void No_color_writes_the_styled_table_without_bold_or_any_escape_code()
    {
        var styled = new StringWriter();
        var plain = new StringWriter();

        Wide().WriteStyled(styled, noStyle: false, ansi: true);
        Wide().WriteStyled(plain, noStyle: true, ansi: true);

        Assert.Contains("\u001b[1m", styled.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", plain.ToString(), StringComparison.Ordinal);
        Assert.Contains("worker-compute", plain.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_and_quiet_are_options_of_every_command()
    {
        var run = CliRunner.Run("predict", Paths.BundledMlp, "--workers", "1", "--replicas", "3", "--steps", "8", "--plain", "--quiet");
        var help = CliRunner.Run("predict", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("--plain", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("-q, --quiet", help.Stdout, StringComparison.Ordinal);
    }

    private static string[] Lines(object text) => text.ToString()!.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    // The numbers of a text as a set (a folded table repeats its first column): whole numbers, decimals, percentages.
    private static SortedSet<string> Numbers(string text) => [.. NumberPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"[+-]?\d[\d,]*(\.\d+)?%?")]
    private static partial Regex NumberPattern();
}
