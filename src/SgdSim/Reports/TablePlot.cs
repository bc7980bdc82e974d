using System.Globalization;

namespace SgdSim.Reports;

/// <summary>A condition on a row: <see cref="Column"/> equals <see cref="Value"/> (as a number when both are numbers).</summary>
/// <param name="Column">The column.</param>
/// <param name="Value">The value, as text.</param>
public sealed record RowFilter(string Column, string Value);

/// <summary>
/// Plots two columns of any table SgdSim wrote (<see cref="ResultTable"/>) as lines, one per value of a third column,
/// with the throughput's confidence band where the table has one; axis labels and units come from the column names.
/// </summary>
public static class TablePlot
{
    private const string Throughput = "throughput_steps_per_s";
    private const string Ci95Low = "ci95_low_steps_per_s";
    private const string Ci95High = "ci95_high_steps_per_s";

    /// <summary>
    /// Saves <paramref name="y"/> against <paramref name="x"/> from the rows of <paramref name="table"/> that pass every
    /// filter, a line per distinct value of <paramref name="series"/> (or one line without it), as a PNG or an SVG by
    /// <paramref name="path"/>'s extension. The title defaults to what is plotted and the trace it came from.
    /// </summary>
    /// <exception cref="InvalidInputException">A column is missing or holds text where numbers are needed, no row is
    /// left to plot, or rows of one line repeat an x value (a column that varies is not held fixed).</exception>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Save(string path, ResultTable table, string x, string y, string? series = null, string? title = null, IReadOnlyList<RowFilter>? where = null)
    {
        var (lines, xLabel, yLabel, defaultTitle) = Lines(table, x, y, series, where ?? []);
        ComparisonPlot.Save(path, title ?? defaultTitle, xLabel, yLabel, lines);
    }

    // A rate reads as a rate ("bandwidth = 10 Gbit/s"), not as a number of bits per second.
    private static string SeriesLabel(string column, string value)
    {
        if (column.EndsWith("_bits_per_s", StringComparison.Ordinal)
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bits))
        {
            return $"{column[..^"_bits_per_s".Length]} = {Calibration.Bandwidth.Format(bits)}";
        }

        return $"{column} = {value}";
    }

    /// <summary>The lines a plot of the table draws, its axis labels and its default title.</summary>
    internal static (IReadOnlyList<LineSeries> Lines, string XLabel, string YLabel, string Title) Lines(ResultTable table, string x, string y, string? series, IReadOnlyList<RowFilter> where)
    {
        ArgumentNullException.ThrowIfNull(table);
        var xs = table.Numbers(x);
        var ys = table.Numbers(y);
        var groups = series is null ? null : table.Texts(series);
        var (xName, xScale) = Describe(x);
        var (yName, yScale) = Describe(y);
        var withBand = y == Throughput && table.Has(Ci95Low) && table.Has(Ci95High);
        var lows = withBand ? table.Numbers(Ci95Low) : null;
        var highs = withBand ? table.Numbers(Ci95High) : null;
        var keep = Filter(table, where);

        var byGroup = new Dictionary<string, List<SeriesPoint>>();
        for (var row = 0; row < table.RowCount; row++)
        {
            if (!keep(row) || xs[row] is not { } xv || ys[row] is not { } yv)
            {
                continue;
            }

            // SgdSim writes no infinity or NaN (a missing value is null); a table that holds one would draw nothing
            // sensible, or nothing at all.
            if (!double.IsFinite(xv) || !double.IsFinite(yv))
            {
                var (column, value) = double.IsFinite(xv) ? (y, yv) : (x, xv);
                throw new InvalidInputException(table.Path, string.Create(CultureInfo.InvariantCulture, $"has {value} in its '{column}' column (row {row + 1}), which is not a number a plot can show."));
            }

            var key = groups?[row] ?? "";
            if (!byGroup.TryGetValue(key, out var points))
            {
                byGroup[key] = points = [];
            }

            points.Add(new SeriesPoint(xv * xScale, yv * yScale, ThroughputPoint.Bound(lows?[row] * yScale), ThroughputPoint.Bound(highs?[row] * yScale)));
        }

        if (byGroup.Count == 0)
        {
            throw new InvalidInputException(table.Path, where.Count > 0
                ? $"has no row with values of '{x}' and '{y}' where {string.Join(" and ", where.Select(w => $"{w.Column}={w.Value}"))}."
                : $"has no row with values of both '{x}' and '{y}'.");
        }

        foreach (var (key, points) in byGroup)
        {
            if (points.GroupBy(p => p.X).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            {
                var line = series is null ? "" : $" of {series}={key}";
                throw new InvalidInputException(table.Path, (FormattableString)
                    $"has {repeated.Count()} rows{line} at {x}={repeated.Key / xScale:R}: choose one line per value of the column that differs with {Setting.Series}, or keep one value with {Setting.RowFilter} COLUMN=VALUE.");
            }
        }

        var ordered = series is not null && table.IsNumeric(series)
            ? byGroup.OrderBy(p => double.Parse(p.Key, CultureInfo.InvariantCulture))
            : byGroup.OrderBy(p => p.Key, StringComparer.Ordinal);
        var lines = ordered.Select(p => new LineSeries(series is null ? yName.Label : SeriesLabel(series, p.Key), p.Value)).ToArray();
        // The filters belong in the title: without them two plots of one table look alike and say different things.
        var title = Capitalised(yName.Quantity) + " vs " + xName.Quantity + (series is null ? "" : $" by {Describe(series).Name.Quantity}")
            + (where.Count == 0 ? "" : $" ({string.Join(", ", where.Select(w => SeriesLabel(w.Column, FilterText(table, w))))})");
        if (table.Metadata.TryGetValue(ResultTable.MetadataPrefix + "trace", out var trace))
        {
            title += " — " + LastParts(trace);
        }

        return (lines, xName.Label, yName.Label, title);
    }

    /// <summary>
    /// The axis label of a column, with its unit, and the factor its values are shown with: <c>throughput_steps_per_s</c>
    /// is "throughput (steps/s)", <c>bandwidth_bits_per_s</c> "bandwidth (bits/s)", shares and utilisations (0–1)
    /// are shown in %, <c>*_s</c> in seconds.
    /// </summary>
    internal static ((string Quantity, string Label) Name, double Scale) Describe(string column)
    {
        static string Words(string s) => string.Join(' ', s.Split('_').Select(w => w == "ps" ? "PS" : w));
        if (column.EndsWith("_per_s", StringComparison.Ordinal))
        {
            var words = column[..^"_per_s".Length].Split('_');
            var unit = words[^1] + "/s";
            var quantity = Words(string.Join('_', words[..^1]));
            return quantity.Length == 0 ? ((unit, unit), 1) : ((quantity, $"{quantity} ({unit})"), 1);
        }

        if (column.EndsWith("_utilisation", StringComparison.Ordinal) || column.EndsWith("_share", StringComparison.Ordinal))
        {
            return ((Words(column), $"{Words(column)} (%)"), 100);
        }

        foreach (var (suffix, unit) in new[] { ("_s", "s"), ("_ms", "ms"), ("_ns", "ns"), ("_bytes", "bytes") })
        {
            if (column.EndsWith(suffix, StringComparison.Ordinal) && column.Length > suffix.Length)
            {
                var quantity = Words(column[..^suffix.Length]);
                return ((quantity, $"{quantity} ({unit})"), 1);
            }
        }

        return ((Words(column), Words(column)), 1);
    }

    // A filter's value as the title shows it: a rate in bits per second however it was typed (1GB/s reads 8 Gbit/s).
    private static string FilterText(ResultTable table, RowFilter filter) =>
        table.IsNumeric(filter.Column) && FilterNumber(table, filter) is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : filter.Value;

    /// <summary>
    /// The file name a plot gets when none is given, from what it shows, so that the next plot of the same table does
    /// not replace it: <c>sweep.throughput-vs-workers-by-policy-workers=8.png</c> beside <c>sweep.parquet</c>.
    /// </summary>
    public static string DefaultPath(string tablePath, string x, string y, string? series, IReadOnlyList<RowFilter> where)
    {
        ArgumentNullException.ThrowIfNull(tablePath);
        ArgumentNullException.ThrowIfNull(where);
        static string Short(string column) => column.EndsWith("_steps_per_s", StringComparison.Ordinal) ? column[..^"_steps_per_s".Length] : column;
        var parts = new List<string> { $"{Short(y)}-vs-{Short(x)}" };
        if (series is not null)
        {
            parts.Add($"by-{Short(series)}");
        }

        parts.AddRange(where.Select(w => $"{Short(w.Column)}={w.Value}"));
        var name = string.Join('-', parts);
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '=' or '.' ? c : '_')]);
        var folder = Path.GetDirectoryName(tablePath) ?? "";
        return Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(tablePath)}.{safe}.png");
    }

    private static Func<int, bool> Filter(ResultTable table, IReadOnlyList<RowFilter> where)
    {
        var tests = where.Select(w =>
        {
            var texts = table.Texts(w.Column);
            if (table.IsNumeric(w.Column) && FilterNumber(table, w) is { } number)
            {
                var numbers = table.Numbers(w.Column);
                return (Func<int, bool>)(row => numbers[row] == number);
            }

            return row => texts[row] == w.Value;
        }).ToArray();
        return row => tests.All(test => test(row));
    }

    // The number a filter compares a numeric column with: a rate with its unit (1Gbps, 125MB/s) where the column is in
    // bits per second, else the number as written (in the column's unit).
    private static double? FilterNumber(ResultTable table, RowFilter filter)
    {
        if (double.TryParse(filter.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (!filter.Column.EndsWith("_bits_per_s", StringComparison.Ordinal))
        {
            return null;
        }

        return Calibration.Bandwidth.TryParse(filter.Value, out var bits, out var error)
            ? bits
            : throw new InvalidInputException(table.Path, (FormattableString)$"{Setting.RowFilter} {filter.Column}={filter.Value}: {error}.");
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string LastParts(string path)
    {
        var parts = path.Replace('\\', '/').TrimEnd('/').Split('/');
        return string.Join('/', parts[^Math.Min(2, parts.Length)..]);
    }
}
