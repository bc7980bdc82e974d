using System.Globalization;
using System.Text.Json.Serialization;
using SgdSim.Calibration;
using SgdSim.IO;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Workflows;

/// <summary>A grid of cluster setups to predict on a calibrated trace.</summary>
/// <param name="TracePath">The trace, as given.</param>
/// <param name="Grid">The axes: worker counts, link rates, shards, placements, policies, modes.</param>
/// <param name="Model">The trace calibrated (each point applies its own link rate).</param>
/// <param name="Options">Horizon, seed and the scenario every point shares (its axes' values are each point's).</param>
/// <param name="OutputFolder">The folder of the table; a table already there is resumed.</param>
public sealed record SweepRequest(string TracePath, SweepGrid Grid, JobModel Model, PredictionOptions Options, string OutputFolder)
{
    /// <summary>The one slice of the grid to compute, for job arrays; null for all of it.</summary>
    public SweepShard? Shard { get; init; }

    /// <summary>Samples per worker step, when known.</summary>
    public int? Batch { get; init; }

    /// <summary>The nominal NIC rates given (every node's is an axis of the grid).</summary>
    public NominalRates Rates { get; init; } = NominalRates.None;

    /// <summary>How often the table is rewritten while points finish.</summary>
    public TimeSpan SaveEvery { get; init; } = TimeSpan.FromSeconds(2);
}

/// <summary>One point of a sweep as <c>--json</c> prints it.</summary>
public sealed record SweepPointRecord : UtilisationRecord
{
    /// <summary>Number of workers.</summary>
    [JsonPropertyName("workers")]
    [JsonPropertyOrder(0)]
    public int Workers { get; init; }

    /// <summary>The nominal link rate; null for the calibrated one.</summary>
    [JsonPropertyName("bandwidth_bits_per_s")]
    [JsonPropertyOrder(1)]
    public double? BandwidthBitsPerS { get; init; }

    /// <summary>Parameter-server shards.</summary>
    [JsonPropertyName("ps_shards")]
    [JsonPropertyOrder(2)]
    public int PsShards { get; init; }

    /// <summary>The shard placement's name.</summary>
    [JsonPropertyName("placement")]
    [JsonPropertyOrder(3)]
    public required string Placement { get; init; }

    /// <summary>The transmission policy's name.</summary>
    [JsonPropertyName("policy")]
    [JsonPropertyOrder(4)]
    public required string Policy { get; init; }

    /// <summary>The training mode.</summary>
    [JsonPropertyName("mode")]
    [JsonPropertyOrder(5)]
    public required string Mode { get; init; }

    /// <summary>Mean throughput.</summary>
    [JsonPropertyName("throughput_steps_per_s")]
    [JsonPropertyOrder(6)]
    public double ThroughputStepsPerS { get; init; }

    /// <summary>The 95% confidence interval, or null.</summary>
    [JsonPropertyName("ci95")]
    [JsonPropertyOrder(7)]
    public double[]? Ci95 { get; init; }

    /// <summary>Samples per second, when the batch size is known.</summary>
    [JsonPropertyName("samples_per_s")]
    [JsonPropertyOrder(10)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SamplesPerS { get; init; }

    /// <summary>The record of one row of a sweep table.</summary>
    public static SweepPointRecord Of(SweepRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (c, r) = row;
        return new()
        {
            Workers = c.Workers,
            BandwidthBitsPerS = c.BandwidthBitsPerS,
            PsShards = c.Shards,
            Placement = Scenario.NameOf(c.Placement),
            Policy = Scenario.NameOf(c.Policy),
            Mode = c.Mode.ToString(),
            ThroughputStepsPerS = r.ThroughputStepsPerS,
            Ci95 = PredictedPoint.Range(r.Ci95LowStepsPerS, r.Ci95HighStepsPerS),
            SamplesPerS = r.SamplesPerS,
            PsSendUtilisation = r.PsSendUtilisation,
            PsReceiveUtilisation = r.PsReceiveUtilisation,
            WorkerComputeShare = r.WorkerComputeShare,
            WorkerNetworkUtilisation = r.WorkerNetworkUtilisation,
            Bottleneck = r.Bottleneck,
        };
    }
}

/// <summary>A sweep's outcome: what <c>--json</c> prints, and (not serialised) the table for a text rendering.</summary>
public sealed record SweepResult : RunRecord
{
    /// <summary>The table written.</summary>
    [JsonPropertyName("file")]
    [JsonPropertyOrder(1)]
    public required string File { get; init; }

    /// <summary>The slice computed (<c>I/N</c>); null for the whole grid.</summary>
    [JsonPropertyName("shard")]
    [JsonPropertyOrder(2)]
    public string? Shard { get; init; }

    /// <summary>Points of the whole grid.</summary>
    [JsonPropertyName("grid_configurations")]
    [JsonPropertyOrder(3)]
    public int GridConfigurations { get; init; }

    /// <summary>Points of the slice computed.</summary>
    [JsonPropertyName("configurations")]
    [JsonPropertyOrder(4)]
    public int Configurations { get; init; }

    /// <summary>Points computed now.</summary>
    [JsonPropertyName("computed")]
    [JsonPropertyOrder(5)]
    public int Computed { get; init; }

    /// <summary>Points the table already held.</summary>
    [JsonPropertyName("reused")]
    [JsonPropertyOrder(6)]
    public int Reused { get; init; }

    /// <summary>The slice's points, in the table's order.</summary>
    [JsonPropertyName("rows")]
    [JsonPropertyOrder(19)]
    public required IReadOnlyList<SweepPointRecord> Rows { get; init; }

    /// <summary>The table as written (every point it holds, of this slice or not).</summary>
    [JsonIgnore]
    public SweepTable Table { get; init; } = null!;

    /// <summary>The rows of the slice's points.</summary>
    [JsonIgnore]
    public IReadOnlyList<SweepRow> PointRows { get; init; } = null!;

    /// <summary>The slice computed, as a value.</summary>
    [JsonIgnore]
    public SweepShard? Part { get; init; }
}

/// <summary>Predicts throughput over a grid on all cores, writing rows to the table as they finish; a rerun skips
/// the points the table already holds, and a shard computes one slice of the grid.</summary>
public static class SweepWorkflow
{
    /// <summary>The file a whole sweep (or a merge of its shards) is written to.</summary>
    public const string FileName = "sweep.parquet";

    /// <summary>The file of shard <paramref name="shard"/>, or of the whole sweep.</summary>
    public static string FileNameOf(SweepShard? shard) =>
        shard is { } s ? string.Create(CultureInfo.InvariantCulture, $"sweep.part-{s.Index}-of-{s.Count}.parquet") : FileName;

    /// <summary>Runs <paramref name="request"/>, reporting each finished run to <paramref name="progress"/>.</summary>
    /// <exception cref="InvalidSettingException">The output folder cannot be made.</exception>
    /// <exception cref="InvalidInputException">The table there is not a sweep, or one made with other settings.</exception>
    public static SweepResult Run(SweepRequest request, IWorkProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (grid, options, part) = (request.Grid, request.Options, request.Shard);
        var models = grid.BandwidthBitsPerS.Distinct().ToDictionary(b => b ?? 0, b => b is { } bits ? Bandwidth.Apply(request.Model, bits) : request.Model);
        OutputFolder.Create(request.OutputFolder);
        var path = Path.Combine(request.OutputFolder, FileNameOf(part));
        var fresh = new SweepTable(PredictionRun.Describe(request.TracePath, options, null, request.Batch), options.Replicas, options.Scenario ?? Scenario.Default, part, []);
        var start = SweepRunner.Resume(path, fresh);
        var points = part is { } p ? grid.Shard(p.Index, p.Count) : grid.Configurations();
        var already = start.Rows.Select(r => r.Configuration).ToHashSet();
        var reused = already.Intersect(points).Count();
        // Each point's runs weigh its worker count, in the order the runner takes the points still to do.
        double[] weights = [.. points.Where(x => !already.Contains(x)).SelectMany(x => Enumerable.Repeat((double)x.Workers, options.Replicas))];
        var table = (progress ?? NoProgress.Instance).Run($"Sweeping {Counts.Of(points.Count - reused, "configuration")} x {Counts.Of(options.Replicas, "replica")}", weights,
            reporter => SweepRunner.Run(start, points, b => models[b ?? 0], options, path, request.SaveEvery, cancellation, reporter));

        var wanted = points.ToHashSet();
        var rows = table.Rows.Where(r => wanted.Contains(r.Configuration)).ToArray();
        return new SweepResult
        {
            Trace = request.TracePath,
            File = path,
            Shard = part?.ToString(),
            GridConfigurations = grid.Configurations().Count,
            Configurations = points.Count,
            Computed = points.Count - reused,
            Reused = reused,
            Seed = table.Run.Seed,
            Replicas = table.Replicas,
            StepsPerWorker = table.Run.Steps,
            Rows = [.. rows.Select(SweepPointRecord.Of)],
            WorkerBandwidthBitsPerS = request.Rates.WorkerBitsPerS,
            PsBandwidthBitsPerS = request.Rates.ServerBitsPerS,
            Table = table,
            PointRows = rows,
            Part = part,
        };
    }
}

/// <summary>What a merge of sweep tables wrote.</summary>
/// <param name="Path">The merged table.</param>
/// <param name="Files">The tables merged.</param>
/// <param name="Rows">Points in the merged table.</param>
/// <param name="MissingShards">When the tables are shards of one grid: the shards not given (their points are missing).</param>
/// <param name="ShardCount">The number of shards of that grid; 0 when the tables are not its shards.</param>
public sealed record MergeResult(string Path, IReadOnlyList<string> Files, int Rows, IReadOnlyList<int> MissingShards, int ShardCount);

/// <summary>Joins the shards of a sweep into one table in canonical order.</summary>
public static class MergeWorkflow
{
    /// <summary>Merges <paramref name="files"/> into <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">A file is not a sweep table, comes from another trace or other settings,
    /// or gives a point other results than another.</exception>
    /// <exception cref="InvalidSettingException">The folder of <paramref name="path"/> cannot be made.</exception>
    public static MergeResult Run(string path, IReadOnlyList<string> files, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var tables = files.Select(f => (f, SweepTable.Read(f, cancellation))).ToArray();
        var merged = SweepTable.Merge(tables);
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } folder)
        {
            OutputFolder.Create(folder);
        }

        merged.Write(path, cancellation);
        var shards = tables.Select(t => t.Item2.Shard).OfType<SweepShard>().ToArray();
        if (shards.Length == 0 || shards.Select(s => s.Count).Distinct().Count() != 1)
        {
            return new MergeResult(path, files, merged.Rows.Count, [], 0);
        }

        var count = shards[0].Count;
        return new MergeResult(path, files, merged.Rows.Count, [.. Enumerable.Range(1, count).Except(shards.Select(s => s.Index))], count);
    }
}
