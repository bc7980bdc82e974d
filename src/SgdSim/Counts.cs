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
}
