namespace ResNet50Trace;

/// <summary>
/// Seeded, platform-independent random factors. <see cref="Random(int)"/> with a seed uses .NET's fixed legacy
/// algorithm, and everything here uses only IEEE-754 addition, multiplication and division (no <c>Math.Exp</c> or
/// <c>Math.Log</c>, whose last bit may differ between C runtimes), so the same seed gives the same bits everywhere.
/// </summary>
public sealed class Jitter
{
    private readonly Random _random;

    /// <summary>Starts the sequence for <paramref name="seed"/>.</summary>
    public Jitter(int seed) => _random = new Random(seed);

    /// <summary>An approximately standard normal number: the Irwin–Hall sum of 12 uniforms minus 6 (mean 0, sd 1,
    /// bounded to ±6).</summary>
    public double Normal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += _random.NextDouble();
        }

        return sum - 6.0;
    }

    /// <summary>A multiplicative factor <c>exp(sigma · N)</c>: median 1, about ±<paramref name="sigma"/> relative spread.</summary>
    public double Factor(double sigma)
    {
        if (sigma is < 0 or > 0.15)
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "Jitter sigma must be in [0, 0.15].");
        }

        return Exp(sigma * Normal());
    }

    // exp(x) for |x| ≤ 0.9 by its Taylor series; 16 terms leave an error far below a double's last digit.
    private static double Exp(double x)
    {
        double term = 1, sum = 1;
        for (var n = 1; n <= 16; n++)
        {
            term *= x / n;
            sum += term;
        }

        return sum;
    }
}
