namespace SgdSim;

/// <summary>Order statistics used by summaries and calibration.</summary>
public static class Quantiles
{
    /// <summary>
    /// The <paramref name="q"/>-quantile (0..1) by linear interpolation between closest ranks (NumPy's default),
    /// so a reader can reproduce every figure with <c>numpy.quantile</c>.
    /// </summary>
    /// <exception cref="ArgumentException">No values, or q outside 0..1.</exception>
    public static double Of(IEnumerable<double> values, double q)
    {
        if (q is < 0 or > 1 || double.IsNaN(q))
        {
            throw new ArgumentException("q must lie in [0, 1].", nameof(q));
        }

        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        var rank = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
    }

    /// <summary>The median (0.5-quantile).</summary>
    public static double Median(IEnumerable<double> values) => Of(values, 0.5);
}
