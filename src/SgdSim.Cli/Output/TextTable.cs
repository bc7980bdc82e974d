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

    /// <summary>Writes the table to <paramref name="output"/>: styled on a terminal, plain otherwise.</summary>
    public void WriteTo(TextWriter output)
    {
        if (CliConsole.IsTerminal(output))
        {
            WriteStyled(output);
        }
        else
        {
            WritePlain(output);
        }
    }

    /// <summary>Writes the plain form: aligned columns of spaces, no trailing space.</summary>
    public void WritePlain(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = _rows.Select(r => r.Select((cell, i) => cell.Length > 0 && Columns[i].Plain is { } plain ? plain(cell) : cell).ToArray()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(Math.Max(c.MinWidth, PlainHeader ? c.Header.Length : 0), rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var line = new System.Text.StringBuilder();
        void Write(IReadOnlyList<string> cells)
        {
            line.Clear().Append(' ', Indent);
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(' ', Gap);
                }

                var last = i == cells.Count - 1;
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

    /// <summary>Writes the Spectre form to <paramref name="output"/>, as a terminal shows it.</summary>
    public void WriteStyled(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in Columns)
        {
            table.AddColumn(new TableColumn(new Markup($"[bold]{Markup.Escape(column.Header)}[/]")) { Alignment = column.Align, NoWrap = true });
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)));
        }

        console.Write(table);
    }
}
