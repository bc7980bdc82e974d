using System.Globalization;

namespace SgdSim.Reports;

/// <summary>Durations as text in the unit that keeps them readable: ns, µs, ms or s, whichever puts the number between
/// 1 and 1000, so a 49 µs step reads <c>49.0 µs</c> and not <c>0.0 ms</c>.</summary>
public static class Durations
{
    /// <summary>
    /// <paramref name="seconds"/> in ns, µs, ms or s with at least three significant digits (<c>49.0 µs</c>,
    /// <c>1.23 ms</c>, <c>605.6 ms</c>, <c>12.34 s</c>), or with the number formatted as <paramref name="number"/>
    /// when given (<c>"0.###"</c>); a dash for NaN.
    /// </summary>
    public static string Format(double seconds, string? number = null)
    {
        if (double.IsNaN(seconds))
        {
            return "–";
        }

        var magnitude = Math.Abs(seconds);
        var (value, unit) = magnitude switch
        {
            0 => (0.0, "s"),
            < 1e-6 => (seconds * 1e9, "ns"),
            < 1e-3 => (seconds * 1e6, "µs"),
            < 1 => (seconds * 1e3, "ms"),
            _ => (seconds, "s"),
        };
        var format = number ?? (unit == "ns" || value == 0 ? "0" : Math.Abs(value) < 10 ? "0.00" : "0.0");
        return value.ToString(format, CultureInfo.InvariantCulture) + " " + unit;
    }
}
