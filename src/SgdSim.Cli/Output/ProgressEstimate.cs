using System.Globalization;

namespace SgdSim.Cli.Output;

/// <summary>
/// How far a run of unequal units of work is, and an estimate of the time it still needs: units weighted by their
/// expected cost (a run of N workers simulates N workers' steps, so it counts N), in the order they finish, so that
/// the simulations of the largest worker counts, which come last, are not taken to be as quick as the first.
/// </summary>
/// <param name="weights">Each unit's expected cost, in the order the units finish.</param>
internal sealed class ProgressEstimate(IReadOnlyList<double> weights)
{
    private readonly double[] _done = Prefix(weights);

    /// <summary>The share of the work done when <paramref name="units"/> units are (0 to 1).</summary>
    public double Fraction(int units) => _done[^1] <= 0 ? 1 : _done[Math.Clamp(units, 0, _done.Length - 1)] / _done[^1];

    /// <summary>The time still needed at <paramref name="elapsed"/> with <paramref name="units"/> units done, at the
    /// pace of the work done so far; null until a unit is done.</summary>
    public TimeSpan? Remaining(int units, TimeSpan elapsed)
    {
        var fraction = Fraction(units);
        return fraction <= 0 ? null : elapsed * ((1 - fraction) / fraction);
    }

    /// <summary>The estimate as the bar shows it: <c>about 1 min 20 s left</c>, or <c>estimating time left</c>
    /// before a unit is done.</summary>
    public string Label(int units, TimeSpan elapsed) => Remaining(units, elapsed) is { } left
        ? $"about {Round(left)} left"
        : "estimating time left";

    // 1 s, 45 s, 3 min 20 s, 2 h 05 min: no more precision than such an estimate has.
    private static string Round(TimeSpan left) => left.TotalSeconds switch
    {
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Ceiling(left.TotalSeconds)):0} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalMinutes} min {left.Seconds / 10 * 10:00} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalHours} h {left.Minutes:00} min"),
    };

    private static double[] Prefix(IReadOnlyList<double> weights)
    {
        var sums = new double[weights.Count + 1];
        for (var i = 0; i < weights.Count; i++)
        {
            sums[i + 1] = sums[i] + Math.Max(0, weights[i]);
        }

        return sums;
    }
}
