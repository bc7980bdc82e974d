using System.Globalization;

namespace SgdSim;

/// <summary>Counts with their nouns as a sentence has them: "1 replica", "2 replicas", "1,024 tensors".</summary>
public static class Counts
{
    /// <summary>
    /// <paramref name="count"/> (with thousands separators) and <paramref name="noun"/>, in the plural (
    /// <paramref name="plural"/>, or the noun with an s) unless the count is 1.
    /// </summary>
    public static string Of(long count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : plural ?? noun + "s")}");

    /// <summary>A size in bytes in the binary unit that keeps it short: <c>512 B</c>, <c>1.5 KiB</c>, <c>2.0 GiB</c>.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
        >= 1L << 10 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
