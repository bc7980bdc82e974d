using System.Globalization;
using System.Text.RegularExpressions;

namespace SgdSim.Calibration;

/// <summary>
/// Link rates as people write them, with a unit that says bits or bytes: <c>10Gbit/s</c>, <c>10Gb/s</c>, <c>10Gbps</c>
/// (bits), <c>1.25GB/s</c>, <c>1.25GBps</c> (bytes), <c>300Mbit</c>, <c>1e9bps</c>. <c>b</c> is bits and <c>B</c>
/// bytes; k (or K), M, G and T are 10^3 to 10^12, Ki, Mi, Gi and Ti 2^10 to 2^40. What could be read two ways is
/// refused: a bare number, a prefix without bits or bytes (<c>1G</c>), a lower-case prefix (<c>1gbps</c>: Linux tc
/// reads <c>mbps</c> as megabytes per second) and an amount without "per second" (<c>1GB</c>).
/// </summary>
public static partial class Bandwidth
{
    /// <summary>
    /// Share of a link's nominal bit rate that TCP payload can use on Ethernet with a 1500-byte MTU: 1448 payload
    /// bytes (1500 − 20 IP − 20 TCP − 12 timestamp option) per 1514 bytes counted on the wire by a Linux shaper.
    /// </summary>
    public const double TcpGoodputShare = 1448.0 / 1514.0;

    /// <summary>The forms a rate is written in, for messages that refuse one.</summary>
    public const string AcceptedForms =
        "write bits or bytes per second with a unit, e.g. 10Gbit/s, 10Gb/s, 10Gbps, 1.25GB/s, 1.25GBps, 300Mbit (b = bits, B = bytes; k, M, G, T = 10^3 to 10^12; Ki, Mi, Gi, Ti = 2^10 to 2^40)";

    /// <summary>The slowest NIC rate simulated, bits per second (1 kbit/s): slower links take the simulated clock past its end.</summary>
    public const double MinBitsPerSecond = 1e3;

    /// <summary>The fastest NIC rate simulated, bits per second (1 Pbit/s).</summary>
    public const double MaxBitsPerSecond = 1e15;

    /// <summary>Whether <paramref name="bitsPerSecond"/> lies in the range simulated, <see cref="MinBitsPerSecond"/> to <see cref="MaxBitsPerSecond"/>.</summary>
    public static bool InRange(double bitsPerSecond) => bitsPerSecond is >= MinBitsPerSecond and <= MaxBitsPerSecond;

    /// <summary>Parses a rate into bits per second; returns false (with a reason, naming the accepted forms) when it is
    /// not one, could be read two ways, or lies outside <see cref="MinBitsPerSecond"/> to <see cref="MaxBitsPerSecond"/>.</summary>
    public static bool TryParse(string text, out double bitsPerSecond, out string? error)
    {
        bitsPerSecond = 0;
        var match = RatePattern().Match(text.Trim());
        if (!match.Success
            || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsInfinity(value))
        {
            error = $"'{text}' is not a bandwidth: {AcceptedForms}";
            return false;
        }

        var unit = match.Groups["unit"].Value;
        if (!TryParseUnit(unit, out var factor, out var problem))
        {
            error = $"'{text}' {problem}: {AcceptedForms}";
            return false;
        }

        if (value <= 0)
        {
            error = $"bandwidth '{text}' must be positive";
            return false;
        }

        if (!InRange(value * factor))
        {
            error = $"bandwidth '{text}' is outside the rates simulated ({Format(MinBitsPerSecond)} to {Format(MaxBitsPerSecond)})";
            return false;
        }

        bitsPerSecond = value * factor;
        error = null;
        return true;
    }

    // The factor from the unit to bits per second, or what makes the unit unclear.
    private static bool TryParseUnit(string unit, out double bitsPerUnit, out string? problem)
    {
        bitsPerUnit = 0;
        var match = UnitPattern().Match(unit);
        if (match.Success)
        {
            var spelled = match.Groups["base"].Value.Length > 1;
            if (!spelled && !match.Groups["per"].Success)
            {
                problem = $"is an amount, not a rate (add /s: {unit}/s)";
                return false;
            }

            var prefix = match.Groups["prefix"].Value;
            var scale = prefix switch
            {
                "" => 1,
                "k" or "K" => 1e3,
                "M" => 1e6,
                "G" => 1e9,
                "T" => 1e12,
                "Ki" => 1L << 10,
                "Mi" => 1L << 20,
                "Gi" => 1L << 30,
                _ => (double)(1L << 40),
            };
            var bytes = match.Groups["base"].Value[0] == 'B' || match.Groups["base"].Value.StartsWith("byte", StringComparison.Ordinal);
            bitsPerUnit = scale * (bytes ? 8 : 1);
            problem = null;
            return true;
        }

        problem = unit.Length == 0
            ? "has no unit, so it could be bits or bytes per second"
            : "mgt".Contains(unit[0], StringComparison.Ordinal) && UnitPattern().IsMatch(char.ToUpperInvariant(unit[0]) + unit[1..])
                ? $"has a lower-case prefix (write {char.ToUpperInvariant(unit[0])}; Linux tc reads 'mbps' as megabytes per second)"
                : !unit.Contains('b', StringComparison.OrdinalIgnoreCase)
                    ? "does not say bits (b) or bytes (B)"
                    : "is not a unit of rate";
        return false;
    }

    [GeneratedRegex(@"^(?<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?<unit>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RatePattern();

    // A prefix (case as SI writes it; K for kilo as often written), then bits or bytes, then "per second": "/s" or, after
    // b or B, "ps". A spelled-out bit or byte may leave "per second" out (300Mbit, as tc writes rates).
    [GeneratedRegex(@"^(?<prefix>|k|K|M|G|T|Ki|Mi|Gi|Ti)(?:(?<base>b|B)(?<per>ps|/s)?|(?<base>bits?|[Bb]ytes?)(?<per>/s)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    /// <summary>Formats bits per second compactly, e.g. <c>1 Gbit/s</c>, <c>285.3 Mbit/s</c>.</summary>
    public static string Format(double bitsPerSecond) => bitsPerSecond switch
    {
        >= 1e12 => $"{bitsPerSecond / 1e12:0.###} Tbit/s",
        >= 1e9 => $"{bitsPerSecond / 1e9:0.###} Gbit/s",
        >= 1e6 => $"{bitsPerSecond / 1e6:0.#} Mbit/s",
        >= 1e3 => $"{bitsPerSecond / 1e3:0.#} kbit/s",
        _ => $"{bitsPerSecond:0} bit/s",
    };

    /// <summary>Formats bits per second as bytes per second, e.g. <c>1.25 GB/s</c>, <c>125 MB/s</c>.</summary>
    public static string FormatBytes(double bitsPerSecond) => (bitsPerSecond / 8) switch
    {
        >= 1e9 and var b => $"{b / 1e9:0.###} GB/s",
        >= 1e6 and var b => $"{b / 1e6:0.#} MB/s",
        >= 1e3 and var b => $"{b / 1e3:0.#} kB/s",
        var b => $"{b:0.#} B/s",
    };

    /// <summary>A rate in bits and in bytes per second, e.g. <c>8 Gbit/s = 1 GB/s</c>: how a rate given was understood.</summary>
    public static string FormatBoth(double bitsPerSecond) => $"{Format(bitsPerSecond)} = {FormatBytes(bitsPerSecond)}";

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
