using System.Globalization;
using Parquet;
using Parquet.Schema;
using SgdSim.IO;
using SgdSim.Simulation;

namespace SgdSim.Reports;

/// <summary>One row of a <see cref="SweepTable"/>: the prediction for one point of the sweep.</summary>
/// <param name="Configuration">The point: worker count, link rate, shards, placement, policy, mode.</param>
/// <param name="Result">What was predicted there (its <see cref="PredictionRow.Workers"/> is the point's).</param>
public sealed record SweepRow(SweepConfiguration Configuration, PredictionRow Result);

/// <summary>Which part of a sweep a table holds: shard <paramref name="Index"/> (1-based) of <paramref name="Count"/>.</summary>
/// <param name="Index">The shard, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shards the sweep was cut into.</param>
public readonly record struct SweepShard(int Index, int Count)
{
    /// <summary>The shard as written on the command line, <c>I/N</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}

/// <summary>
/// The predictions of a sweep, saved as Parquet: one row per point of the grid in canonical order (see
/// <see cref="SweepConfiguration.CompareTo"/>), the point's parameters then what was predicted, in snake_case
/// columns whose names carry their units; the settings every point shares in the file's key-value metadata under
/// <c>sgdsim.*</c> keys (those of a <see cref="PredictionTable"/>, then <c>replicas</c> and the fixed scenario
/// options). The same table always gives the same bytes.
/// </summary>
/// <param name="Run">What the predictions were computed from (its bandwidth is null: the link rate is a column).</param>
/// <param name="Replicas">Simulation runs per point.</param>
/// <param name="FixedScenario">The scenario options every point shares; its shards, placement, policy and mode are
/// not used (each row has its own).</param>
/// <param name="Shard">The part of the grid this table was made for, or null for a whole sweep or a merge.</param>
/// <param name="Rows">One row per point, in canonical order.</param>
public sealed record SweepTable(PredictionRun Run, int Replicas, Scenario FixedScenario, SweepShard? Shard, IReadOnlyList<SweepRow> Rows)
{
    /// <summary>Value of the <c>sgdsim.table</c> key that marks a file as a sweep.</summary>
    public const string TableKind = "sweep";

    /// <summary>Layout version of the table, in <c>sgdsim.table_version</c>; a reader refuses other versions.</summary>
    public const int LayoutVersion = 2;

    private const string Prefix = PredictionTable.Prefix;
    private const string What = "table of an SgdSim sweep";

    private static readonly DataField<double?> Bandwidth = new("bandwidth_bits_per_s");
    private static readonly DataField<int> Shards = new("ps_shards");
    private static readonly DataField<string> Placement = new("placement", false);
    private static readonly DataField<string> Policy = new("policy", false);
    private static readonly DataField<string> Mode = new("mode", false);
    private static readonly ParquetSchema Schema = new([PredictionTable.Workers, Bandwidth, Shards, Placement, Policy, Mode, .. PredictionTable.ResultFields]);

    // Keys that say where a table is or which part it holds, not how its rows were computed.
    private static readonly string[] Provenance = [Prefix + "trace", Prefix + "shard"];

    /// <summary>This table with <paramref name="rows"/> added, in canonical order; a point already present keeps its row.</summary>
    public SweepTable With(IEnumerable<SweepRow> rows)
    {
        var all = new SortedDictionary<SweepConfiguration, SweepRow>();
        foreach (var row in Rows.Concat(rows))
        {
            all.TryAdd(row.Configuration, row);
        }

        return this with { Rows = [.. all.Values] };
    }

    /// <summary>The <c>sgdsim.*</c> key-value pairs stored in the file, in a fixed order.</summary>
    public IReadOnlyDictionary<string, string> Metadata()
    {
        var metadata = PredictionTable.RunMetadata(Run, TableKind, LayoutVersion);
        metadata[Prefix + "replicas"] = Replicas.ToString(CultureInfo.InvariantCulture);
        ScenarioMetadata.Write(metadata, FixedScenario, axes: false);
        if (Shard is { } shard)
        {
            metadata[Prefix + "shard"] = shard.ToString();
        }

        return metadata;
    }

    /// <summary>
    /// How the settings of <paramref name="other"/> differ from this table's — the trace's contents, the tool
    /// version, the seed, steps, replicas and every fixed option, not where the trace is or which shard a table
    /// holds — as a phrase such as <c>a different trace (SHA-256 1a2b… in the file, 3c4d… now)</c>, where
    /// <paramref name="mine"/> and <paramref name="theirs"/> name the two tables; null when they agree.
    /// </summary>
    public string? DifferenceFrom(SweepTable other, string mine = "in this table", string theirs = "in the other")
    {
        ArgumentNullException.ThrowIfNull(other);
        var these = Metadata();
        var those = other.Metadata();
        var differences = new List<string>();
        foreach (var key in these.Keys.Union(those.Keys).Except(Provenance))
        {
            var a = these.GetValueOrDefault(key, "none");
            var b = those.GetValueOrDefault(key, "none");
            if (a != b)
            {
                differences.Add(key == Prefix + "trace_sha256"
                    ? $"a different trace (SHA-256 {a[..Math.Min(12, a.Length)]}… {mine}, {b[..Math.Min(12, b.Length)]}… {theirs})"
                    : $"{key[Prefix.Length..]} {a} {mine}, {b} {theirs}");
            }
        }

        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    /// <summary>
    /// One table of every row of <paramref name="parts"/> (each a file and the table read from it), in canonical
    /// order, as an unsharded sweep writes it; a point in several parts must have the same row in each.
    /// </summary>
    /// <exception cref="InvalidInputException">Two parts differ in their settings, or give one point different results; the message names the file.</exception>
    public static SweepTable Merge(IReadOnlyList<(string Path, SweepTable Table)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        var (firstPath, first) = parts[0];
        var rows = new SortedDictionary<SweepConfiguration, (string Path, SweepRow Row)>();
        foreach (var (path, table) in parts)
        {
            if (first.DifferenceFrom(table, $"in {firstPath}", "in this one") is { } difference)
            {
                throw new InvalidInputException(path, $"cannot be merged with {firstPath}: it was made with other settings: {difference}.");
            }

            foreach (var row in table.Rows)
            {
                if (!rows.TryAdd(row.Configuration, (path, row)) && rows[row.Configuration].Row != row)
                {
                    throw new InvalidInputException(path, $"cannot be merged with {rows[row.Configuration].Path}: they give different results for {row.Configuration}.");
                }
            }
        }

        return first with { Shard = null, Rows = [.. rows.Values.Select(v => v.Row)] };
    }

    /// <summary>Writes the table to <paramref name="path"/> as Parquet, atomically (see <see cref="AtomicFile"/>).</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public void Write(string path, CancellationToken cancellation = default) =>
        AtomicFile.Write(path, stream => WriteAsync(stream, cancellation).GetAwaiter().GetResult());

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidInputException">The file is missing, not Parquet, or not an SgdSim sweep table; the message says which.</exception>
    public static SweepTable Read(string path, CancellationToken cancellation = default)
    {
        InvalidInputException.ThrowUnlessFile(path);
        return ReadAsync(path, cancellation).GetAwaiter().GetResult();
    }

    private async Task WriteAsync(Stream stream, CancellationToken cancellation)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, cancellationToken: cancellation);
        writer.CustomMetadata = Metadata();
        using var group = writer.CreateRowGroup();
        var points = Rows.Select(r => r.Configuration).ToArray();
        await group.WriteAsync(PredictionTable.Workers, new ReadOnlyMemory<int>([.. points.Select(c => c.Workers)]), cancellationToken: cancellation);
        await group.WriteAsync(Bandwidth, new ReadOnlyMemory<double?>([.. points.Select(c => c.BandwidthBitsPerS)]), cancellationToken: cancellation);
        await group.WriteAsync(Shards, new ReadOnlyMemory<int>([.. points.Select(c => c.Shards)]), cancellationToken: cancellation);
        await group.WriteAsync(Placement, points.Select(c => Scenario.NameOf(c.Placement)).ToArray());
        await group.WriteAsync(Policy, points.Select(c => Scenario.NameOf(c.Policy)).ToArray());
        await group.WriteAsync(Mode, points.Select(c => c.Mode.ToString()).ToArray());
        await PredictionTable.WriteResultsAsync(group, [.. Rows.Select(r => r.Result)], cancellation);
    }

    private static async Task<SweepTable> ReadAsync(string path, CancellationToken cancellation)
    {
        await using var reader = await ResultTable.OpenAsync(path, cancellation);
        var metadata = reader.CustomMetadata;
        var run = PredictionTable.ReadRun(path, metadata, TableKind, LayoutVersion, What);
        var fixedScenario = ScenarioMetadata.Read(path, metadata, What, axes: false);
        var shard = ScenarioMetadata.Optional(path, metadata, "shard", ParseShard);
        var replicas = PredictionTable.Get(path, metadata, "replicas", PredictionTable.ParseInt, What);
        var rows = await PredictionTable.ReadDataAsync(path, What, reader, Schema, async (group, n) =>
        {
            var workers = new int[n];
            var bandwidth = new double?[n];
            var shards = new int[n];
            var placement = new string?[n];
            var policy = new string?[n];
            var mode = new string?[n];
            await group.ReadAsync(PredictionTable.Workers, workers.AsMemory(), cancellationToken: cancellation);
            await group.ReadAsync(Bandwidth, bandwidth.AsMemory(), cancellationToken: cancellation);
            await group.ReadAsync(Shards, shards.AsMemory(), cancellationToken: cancellation);
            await group.ReadAsync(Placement, placement.AsMemory(), cancellationToken: cancellation);
            await group.ReadAsync(Policy, policy.AsMemory(), cancellationToken: cancellation);
            await group.ReadAsync(Mode, mode.AsMemory(), cancellationToken: cancellation);
            var results = (await PredictionTable.ReadResultsAsync(group, workers, cancellation)).ToArray();
            return Enumerable.Range(0, n).Select(i => new SweepRow(
                new SweepConfiguration(workers[i], bandwidth[i], shards[i], PlacementOf(path, placement[i]), PolicyOf(path, policy[i]), ModeOf(path, mode[i])),
                results[i]));
        });
        return new SweepTable(run, replicas, fixedScenario, shard, rows);
    }

    private static (bool, SweepShard?) ParseShard(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && PredictionTable.ParseInt(parts[0]) is { } index && PredictionTable.ParseInt(parts[1]) is { } count
            ? (true, new SweepShard(index, count))
            : (false, null);
    }

    private static ShardPlacement PlacementOf(string path, string? text) =>
        Scenario.TryParsePlacement(text ?? "", out var placement) ? placement : throw BadValue(path, "placement", text);

    private static TransmissionPolicy PolicyOf(string path, string? text) =>
        Scenario.TryParsePolicy(text ?? "", out var policy) ? policy : throw BadValue(path, "policy", text);

    private static TrainingMode ModeOf(string path, string? text) =>
        TrainingMode.TryParse(text ?? "", out var mode, out _) ? mode : throw BadValue(path, "mode", text);

    private static InvalidInputException BadValue(string path, string column, string? text) =>
        new(path, $"has '{text}' in its '{column}' column, which is not a {column}.");
}
