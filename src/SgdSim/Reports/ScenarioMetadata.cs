using System.Globalization;
using SgdSim.Simulation;

namespace SgdSim.Reports;

/// <summary>
/// A <see cref="Scenario"/> as <c>sgdsim.*</c> key-value pairs in a table's metadata, and back. A table of
/// predictions stores all of it; a sweep stores only the options every point shares, since its shards, placement,
/// policy and mode are columns.
/// </summary>
internal static class ScenarioMetadata
{
    private const string Prefix = PredictionTable.Prefix;

    /// <summary>Adds <paramref name="scenario"/>'s entries to <paramref name="metadata"/>; the per-point options only with <paramref name="axes"/>.</summary>
    public static void Write(Dictionary<string, string> metadata, Scenario scenario, bool axes)
    {
        if (axes)
        {
            metadata[Prefix + "mode"] = scenario.Mode.ToString();
            metadata[Prefix + "policy"] = Scenario.NameOf(scenario.Policy);
            metadata[Prefix + "ps_shards"] = scenario.Shards.ToString(CultureInfo.InvariantCulture);
            metadata[Prefix + "placement"] = Scenario.NameOf(scenario.Placement);
        }

        metadata[Prefix + "slice_bytes"] = scenario.SliceBytes.ToString(CultureInfo.InvariantCulture);
        metadata[Prefix + "bucket_bytes"] = scenario.BucketBytes.ToString(CultureInfo.InvariantCulture);
        if (scenario.WorkerSpeeds is { } speeds)
        {
            metadata[Prefix + "worker_speeds"] = Numbers(speeds);
        }

        if (scenario.Stragglers is { } slow)
        {
            metadata[Prefix + "stragglers"] = string.Create(CultureInfo.InvariantCulture, $"{slow.Count}:{slow.Factor:R}");
        }

        if (scenario.WorkerBitsPerS is { } workerRates)
        {
            metadata[Prefix + "worker_bandwidth_bits_per_s"] = Numbers(workerRates);
        }

        if (scenario.ServerBitsPerS is { } serverRates)
        {
            metadata[Prefix + "ps_bandwidth_bits_per_s"] = Numbers(serverRates);
        }
    }

    /// <summary>The scenario a table's metadata describes (the per-point options only with <paramref name="axes"/>;
    /// otherwise they keep their defaults); <paramref name="what"/> names the table in the messages.</summary>
    /// <exception cref="InvalidInputException">An entry is missing or not a valid value; the message names the file.</exception>
    public static Scenario Read(string path, IReadOnlyDictionary<string, string> metadata, string what, bool axes)
    {
        static long? Bytes(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        var scenario = new Scenario
        {
            SliceBytes = PredictionTable.Get(path, metadata, "slice_bytes", Bytes, what),
            BucketBytes = PredictionTable.Get(path, metadata, "bucket_bytes", Bytes, what),
            WorkerSpeeds = Optional(path, metadata, "worker_speeds", ParseNumbers),
            Stragglers = Optional(path, metadata, "stragglers", ParseStragglers),
            WorkerBitsPerS = Optional(path, metadata, "worker_bandwidth_bits_per_s", ParseNumbers),
            ServerBitsPerS = Optional(path, metadata, "ps_bandwidth_bits_per_s", ParseNumbers),
        };
        return axes
            ? scenario with
            {
                Mode = PredictionTable.Get(path, metadata, "mode", s => TrainingMode.TryParse(s, out var mode, out _) ? mode : (TrainingMode?)null, what),
                Policy = PredictionTable.Get(path, metadata, "policy", s => Scenario.TryParsePolicy(s, out var policy) ? policy : (TransmissionPolicy?)null, what),
                Shards = PredictionTable.Get(path, metadata, "ps_shards", PredictionTable.ParseInt, what),
                Placement = PredictionTable.Get(path, metadata, "placement", s => Scenario.TryParsePlacement(s, out var placement) ? placement : (ShardPlacement?)null, what),
            }
            : scenario;
    }

    /// <summary>A value parsed from an entry that may be absent (then the default), or a one-line refusal.</summary>
    public static T? Optional<T>(string path, IReadOnlyDictionary<string, string> metadata, string key, Func<string, (bool Ok, T Value)> parse)
    {
        if (!metadata.TryGetValue(Prefix + key, out var text))
        {
            return default;
        }

        var (ok, value) = parse(text);
        return ok ? value : throw new InvalidInputException(path, $"has '{text}' as its '{Prefix}{key}' metadata, which is not a valid value.");
    }

    private static string Numbers(IEnumerable<double> values) => string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static (bool, IReadOnlyList<double>?) ParseNumbers(string text)
    {
        var values = text.Split(',').Select(PredictionTable.ParseDouble).ToArray();
        return (values.All(v => v is not null), [.. values.Select(v => v ?? 0)]);
    }

    private static (bool, Stragglers?) ParseStragglers(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2 && PredictionTable.ParseInt(parts[0]) is { } count && PredictionTable.ParseDouble(parts[1]) is { } factor
            ? (true, new Stragglers(count, factor))
            : (false, null);
    }
}
