using System.Globalization;

namespace SgdSim.Calibration;

/// <summary>Link rates as people write them: <c>10Gbps</c>, <c>300Mbit</c>, <c>1.5G</c>, <c>1e9</c> (bits per second).</summary>
public static class Bandwidth
{
    /// <summary>
    /// Share of a link's nominal bit rate that TCP payload can use on Ethernet with a 1500-byte MTU: 1448 payload
    /// bytes (1500 − 20 IP − 20 TCP − 12 timestamp option) per 1514 bytes counted on the wire by a Linux shaper.
    /// </summary>
    public const double TcpGoodputShare = 1448.0 / 1514.0;

    // Longest suffix first, so "mbit" is not read as "t" (tera) after a number.
    private static readonly (string Suffix, double Factor)[] Units = [.. new (string Suffix, double Factor)[]
    {
        ("tbps", 1e12), ("tbit/s", 1e12), ("tbit", 1e12), ("tb/s", 1e12), ("t", 1e12),
        ("gbps", 1e9), ("gbit/s", 1e9), ("gbit", 1e9), ("gb/s", 1e9), ("g", 1e9),
        ("mbps", 1e6), ("mbit/s", 1e6), ("mbit", 1e6), ("mb/s", 1e6), ("m", 1e6),
        ("kbps", 1e3), ("kbit/s", 1e3), ("kbit", 1e3), ("kb/s", 1e3), ("k", 1e3),
        ("bps", 1), ("bit/s", 1), ("bits/s", 1), ("b/s", 1),
    }.OrderByDescending(u => u.Suffix.Length)];

    /// <summary>Parses a rate into bits per second; returns false (with a reason) when it is not one.</summary>
    public static bool TryParse(string text, out double bitsPerSecond, out string? error)
    {
        bitsPerSecond = 0;
        var s = text.Trim().ToLowerInvariant();
        var factor = 1.0;
        foreach (var (suffix, f) in Units)
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length].TrimEnd();
                factor = f;
                break;
            }
        }

        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            error = $"'{text}' is not a bandwidth (examples: 10Gbps, 300Mbit, 1e9 for bits/s)";
            return false;
        }

        if (value <= 0)
        {
            error = $"bandwidth '{text}' must be positive";
            return false;
        }

        bitsPerSecond = value * factor;
        error = null;
        return true;
    }

    /// <summary>Formats bits per second compactly, e.g. <c>1 Gbit/s</c>, <c>285.3 Mbit/s</c>.</summary>
    public static string Format(double bitsPerSecond) => bitsPerSecond switch
    {
        >= 1e9 => $"{bitsPerSecond / 1e9:0.###} Gbit/s",
        >= 1e6 => $"{bitsPerSecond / 1e6:0.#} Mbit/s",
        >= 1e3 => $"{bitsPerSecond / 1e3:0.#} kbit/s",
        _ => $"{bitsPerSecond:0} bit/s",
    };

    /// <summary>The TCP payload a NIC of nominal rate <paramref name="bitsPerSecond"/> carries, bytes per nanosecond.</summary>
    public static double PayloadBytesPerNs(double bitsPerSecond) => bitsPerSecond * TcpGoodputShare / 8e9;

    /// <summary>The model with NICs of nominal rate <paramref name="bitsPerSecond"/>, of which TCP payload gets <see cref="TcpGoodputShare"/>.</summary>
    public static JobModel Apply(JobModel model, double bitsPerSecond)
    {
        var effective = bitsPerSecond * TcpGoodputShare;
        return model.WithCapacity(PayloadBytesPerNs(bitsPerSecond), new CalibratedValue("link_capacity_bits_per_s", effective,
            $"given: nominal {Format(bitsPerSecond)} (--bandwidth) × {TcpGoodputShare:0.0000} TCP payload share of Ethernet frames (1448/1514 bytes), both directions"));
    }
}
