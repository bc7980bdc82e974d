using Spectre.Console;

namespace SgdSim.Cli.Output;

/// <summary>A column of a <see cref="TextTable"/>.</summary>
/// <param name="Header">The column's heading.</param>
/// <param name="Align">Where cells sit in the column: numbers right, text left.</param>
/// <param name="MinWidth">The narrowest the column is in plain text (cells and heading can widen it).</param>
internal sealed record TextColumn(string Header, Justify Align = Justify.Right, int MinWidth = 0)
{
    /// <summary>Plain text only: false leaves the column's cells unpadded (a name followed by a note, say).</summary>
    public bool Pad { get; init; } = true;

    /// <summary>Plain text only: how a non-empty cell reads there, e.g. <c>op =&gt; $"(applied by {op})"</c>.</summary>
    public Func<string, string>? Plain { get; init; }
}

/// <summary>
/// A table of text cells a command prints: a Spectre table (rounded border, bold headings) when it is written to a
/// terminal (<see cref="CliConsole.IsTerminal"/>), and plain aligned columns otherwise — to a file, a pipe, or the
/// <see cref="StringWriter"/> of a test — so that what scripts and tests read does not depend on the terminal.
/// </summary>
/// <remarks>
/// Cells are formatted by the command (invariant culture) and shown as they are, never parsed as markup:
/// <code>
/// var table = new TextTable(new TextColumn("workers"), new TextColumn("steps/s"), new TextColumn("bottleneck", Justify.Left));
/// foreach (var p in predictions)
/// {
///     table.AddRow(p.Workers.ToString(CultureInfo.InvariantCulture), p.ThroughputStepsPerS.ToString("0.000", CultureInfo.InvariantCulture), p.Bottleneck);
/// }
///
/// table.WriteTo(stdout);
/// </code>
/// In plain text each row starts with <see cref="Indent"/> spaces, columns are <see cref="Gap"/> spaces apart,
/// padded to their widest cell, and the last column is never padded.
/// </remarks>
internal sealed class TextTable(params TextColumn[] columns)
{
    private readonly List<string[]> _rows = [];

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<TextColumn> Columns { get; } = columns;

    /// <summary>Spaces before each plain row (2).</summary>
    public int Indent { get; init; } = 2;

    /// <summary>Spaces between plain columns (3).</summary>
    public int Gap { get; init; } = 3;

    /// <summary>Whether the plain form starts with a row of headings (true); a list that reads without them can drop it.</summary>
    public bool PlainHeader { get; init; } = true;

    /// <summary>How many leading columns name a row (1): a folded plain table repeats them in every block.</summary>
    public int KeyColumns { get; init; } = 1;

    /// <summary>The rows added so far.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Adds a row of one cell per column.</summary>
    /// <exception cref="ArgumentException">The row does not have one cell per column.</exception>
    public TextTable AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"A row of {cells.Length} cells for {Columns.Count} columns.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>
    /// Writes the table to <paramref name="output"/> as <see cref="CliConsole.Current"/> says: styled on a terminal when
    /// it fits the terminal's width and <c>--plain</c> was not given, plain otherwise, fitted to the width of the
    /// terminal or of <c>COLUMNS</c> (<see cref="CliConsole.WidthOf"/>).
    /// </summary>
    public void WriteTo(TextWriter output)
    {
        var console = CliConsole.Current;
        var width = console.WidthOf(output);
        if (CliConsole.IsTerminal(output) && !console.Plain && StyledWidth <= (width ?? int.MaxValue))
        {
            WriteStyled(output, console.Terminal.NoColor);
        }
        else
        {
            WritePlain(output, width);
        }
    }

    /// <summary>The width of the styled form: each column padded by a space each side, between borders.</summary>
    public int StyledWidth => 1 + Columns.Select((c, i) => Math.Max(c.Header.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length)) + 3).Sum();

    /// <summary>
    /// Writes the plain form: aligned columns of spaces, no trailing space. With a <paramref name="maxWidth"/> the
    /// table narrows its gaps to 2 spaces to fit, and when that is not enough it folds: the columns after the first
    /// go into blocks that fit, one under the other, each repeating the first column, so no cell is ever cut.
    /// </summary>
    public void WritePlain(TextWriter output, int? maxWidth = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = _rows.Select(r => r.Select((cell, i) => cell.Length > 0 && Columns[i].Plain is { } plain ? plain(cell) : cell).ToArray()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(Math.Max(c.MinWidth, PlainHeader ? c.Header.Length : 0), rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        int Width(IReadOnlyList<int> columns, int gap) => Indent + columns.Sum(i => widths[i]) + (gap * (columns.Count - 1));
        var all = Enumerable.Range(0, Columns.Count).ToArray();
        var gap = Gap;
        if (maxWidth is { } max && Width(all, gap) > max)
        {
            gap = Math.Min(Gap, 2);
        }

        var blocks = maxWidth is { } limit && Width(all, gap) > limit && Columns.Count > KeyColumns + 1 ? Fold(limit, gap, widths) : [all];
        for (var b = 0; b < blocks.Count; b++)
        {
            if (b > 0)
            {
                output.WriteLine();
            }

            WriteBlock(output, rows, widths, blocks[b], gap);
        }
    }

    // The columns after the key columns in blocks, each as wide as fits beside the keys (a column too wide to share a
    // line goes alone).
    private List<int[]> Fold(int maxWidth, int gap, int[] widths)
    {
        var keys = Enumerable.Range(0, KeyColumns).ToArray();
        var keysWidth = Indent + keys.Sum(i => widths[i]) + (gap * (KeyColumns - 1));
        var blocks = new List<int[]>();
        var block = new List<int>(keys);
        var used = keysWidth;
        for (var i = KeyColumns; i < Columns.Count; i++)
        {
            if (block.Count > KeyColumns && used + gap + widths[i] > maxWidth)
            {
                blocks.Add([.. block]);
                block = [.. keys];
                used = keysWidth;
            }

            block.Add(i);
            used += gap + widths[i];
        }

        blocks.Add([.. block]);
        return blocks;
    }

    private void WriteBlock(TextWriter output, List<string[]> rows, int[] widths, int[] columns, int gap)
    {
        var line = new System.Text.StringBuilder();
        void Write(IReadOnlyList<string> cells)
        {
            line.Clear().Append(' ', Indent);
            for (var k = 0; k < columns.Length; k++)
            {
                var i = columns[k];
                if (k > 0)
                {
                    line.Append(' ', gap);
                }

                var last = k == columns.Length - 1;
                var padding = Columns[i].Pad ? widths[i] - cells[i].Length : 0;
                if (Columns[i].Align == Justify.Right)
                {
                    line.Append(' ', Math.Max(0, padding)).Append(cells[i]);
                }
                else
                {
                    line.Append(cells[i]).Append(' ', last ? 0 : Math.Max(0, padding));
                }
            }

            output.WriteLine(line.ToString().TrimEnd());
        }

        if (PlainHeader)
        {
            Write([.. Columns.Select(c => c.Header)]);
        }

        foreach (var row in rows)
        {
            Write(row);
        }
    }

    /// <summary>Writes the Spectre form to <paramref name="output"/>, as a terminal shows it: bold headings unless
    /// <paramref name="noStyle"/> (<c>NO_COLOR</c>); <paramref name="ansi"/> says whether the output takes escape
    /// codes (by default Spectre detects it).</summary>
    public void WriteStyled(TextWriter output, bool noStyle = false, bool? ansi = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ansi switch { true => AnsiSupport.Yes, false => AnsiSupport.No, null => AnsiSupport.Detect },
            ColorSystem = noStyle ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        // Wide enough for the whole table, so Spectre never wraps a cell (WriteTo chooses plain when it would not fit).
        console.Profile.Width = Math.Max(console.Profile.Width, StyledWidth);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in Columns)
        {
            var heading = noStyle ? (Spectre.Console.Rendering.IRenderable)new Text(column.Header) : new Markup($"[bold]{Markup.Escape(column.Header)}[/]");
            table.AddColumn(new TableColumn(heading) { Alignment = column.Align, NoWrap = true });
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)));
        }

        console.Write(table);
    }
}
