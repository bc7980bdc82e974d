using System.Globalization;
using ScottPlot;
using SgdSim.IO;
using SkiaSharp;

namespace SgdSim.Reports;

/// <summary>
/// What every SgdSim plot shares, so that they read alike: the font, the colours, the text sizes, axis ticks that
/// never crowd, and saving as PNG or SVG by the file's extension.
/// </summary>
internal static class PlotDesign
{
    /// <summary>Width of an image in pixels.</summary>
    public const int Width = 900;

    /// <summary>Height of an image in pixels.</summary>
    public const int Height = 560;

    /// <summary>More tick labels than this on a horizontal axis of <see cref="Width"/> pixels start to touch.</summary>
    public const int MostLabelledTicks = 16;

    // Sans-serif faces that read well small, in order of preference; the first one installed is used.
    private static readonly string[] PreferredFonts = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"];

    private static readonly Lazy<string?> InstalledFont = new(() => PreferredFonts.FirstOrDefault(IsInstalled));

    /// <summary>Colour-blind-safe colours (Okabe–Ito, without its yellow, too pale on white), used in turn.</summary>
    public static readonly Color[] Colours =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#E69F00"), Color.FromHex("#000000"),
    ];

    /// <summary>Markers used in turn with <see cref="Colours"/>, so that series differ in print too.</summary>
    public static readonly MarkerShape[] Markers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp,
    ];

    /// <summary>The colour of the <paramref name="index"/>th series.</summary>
    public static Color Colour(int index) => Colours[index % Colours.Length];

    /// <summary>A new plot with the title, the axis labels and the text sizes of every SgdSim plot.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(title);
        var plot = new Plot();
        if (InstalledFont.Value is { } font)
        {
            plot.Font.Set(font);
        }

        plot.Title(title, size: 18);
        plot.XLabel(xLabel, size: 15);
        plot.YLabel(yLabel, size: 15);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;

        // ScottPlot's default density labels every 5 on a 0–95 axis and every 0.1 s on a 2.4 s one: half as many
        // reads faster.
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.5 };
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.5 };
        plot.Legend.FontSize = 13;
        plot.Legend.ShadowColor = Colors.Transparent;
        return plot;
    }

    /// <summary>
    /// Ticks on the x axis at the values drawn, when they are few and whole (worker counts, shard counts), so that no
    /// tick sits between two counts; many values get automatic whole-number ticks instead, which do not overlap.
    /// </summary>
    public static void CountTicks(Plot plot, IEnumerable<int> values)
    {
        var counts = values.Distinct().Order().ToArray();
        if (counts.Length == 0)
        {
            return;
        }

        plot.Axes.Bottom.TickGenerator = counts.Length <= MostLabelledTicks
            ? new ScottPlot.TickGenerators.NumericManual([.. counts.Select(c => (double)c)], [.. counts.Select(c => c.ToString(CultureInfo.InvariantCulture))])
            : new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, TickDensity = 0.5 };
        plot.Axes.SetLimitsX(counts[0] - 0.5, counts[^1] + 0.5);
    }

    /// <summary>
    /// Shows the legend outside the data area, in rows under the x axis, where it cannot hide a line however many
    /// there are and leaves the data the full width.
    /// </summary>
    public static void LegendOutside(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Legend.Orientation = Orientation.Horizontal;
        panel.Legend.FontSize = 13;
        panel.Legend.ShadowColor = Colors.Transparent;
        panel.Legend.OutlineWidth = 0;
    }

    /// <summary>
    /// A legend entry that says what the shaded bands are, once for all series rather than once per series.
    /// </summary>
    public static LegendItem BandLegend(string text) => new()
    {
        LabelText = text,
        FillColor = Colors.Gray.WithAlpha(0.3),
        LineWidth = 0,
        MarkerShape = MarkerShape.None,
    };

    /// <summary>
    /// The unit that makes durations of this size read as small numbers: microseconds below two milliseconds,
    /// milliseconds below two seconds, else seconds; returns the factor from seconds and the unit's symbol.
    /// </summary>
    public static (double Factor, string Unit) TimeUnit(double largestSeconds) => largestSeconds switch
    {
        < 2e-3 => (1e6, "µs"),
        < 2 => (1e3, "ms"),
        _ => (1, "s"),
    };

    /// <summary>Saves <paramref name="plot"/> to <paramref name="path"/> atomically: an SVG for a path ending in <c>.svg</c>, else a PNG.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Save(Plot plot, string path, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            ? System.Text.Encoding.UTF8.GetBytes(Svg(plot, width, height))
            : plot.GetImageBytes(width, height, ImageFormat.Png);
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary><paramref name="plot"/> as an SVG document, the file a path ending in <c>.svg</c> gets.</summary>
    public static string Svg(Plot plot, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return plot.GetSvgXml(width, height);
    }

    private static bool IsInstalled(string family)
    {
        using var typeface = SKFontManager.Default.MatchFamily(family);
        return typeface is not null;
    }
}
