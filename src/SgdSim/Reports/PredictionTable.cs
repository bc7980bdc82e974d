using System.Globalization;
using Parquet;
using Parquet.Schema;
using SgdSim.IO;
using SgdSim.Simulation;

namespace SgdSim.Reports;

/// <summary>One row of a <see cref="PredictionTable"/>: the prediction for one worker count.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="ThroughputStepsPerS">Mean predicted steps per second of all workers together.</param>
/// <param name="Ci95LowStepsPerS">Lower end of the mean's 95% confidence interval.</param>
/// <param name="Ci95HighStepsPerS">Upper end of that interval.</param>
/// <param name="SamplesPerS">Throughput × batch size, when the batch size is known.</param>
/// <param name="PsSendUtilisation">Share of the PS NIC's sending capacity in use (0–1).</param>
/// <param name="PsReceiveUtilisation">Share of the PS NIC's receiving capacity in use (0–1).</param>
/// <param name="WorkerComputeShare">Share of time a worker runs its own ops (0–1).</param>
/// <param name="WorkerNetworkUtilisation">Share of a worker NIC's busier direction in use (0–1): what saturates in all-reduce.</param>
/// <param name="Bottleneck">The busiest resource: <c>ps-send</c>, <c>ps-receive</c>, <c>worker-network</c> or <c>worker-compute</c>.</param>
/// <param name="Replicas">Simulation runs the mean is over.</param>
public sealed record PredictionRow(
    int Workers,
    double ThroughputStepsPerS,
    double Ci95LowStepsPerS,
    double Ci95HighStepsPerS,
    double? SamplesPerS,
    double PsSendUtilisation,
    double PsReceiveUtilisation,
    double WorkerComputeShare,
    double WorkerNetworkUtilisation,
    string Bottleneck,
    int Replicas)
{
    /// <summary>2.5% quantile of the throughput one real run would measure (<see cref="Prediction.RunRange95Low"/>);
    /// null when there is none, or in a table of layout 2, which did not record it.</summary>
    public double? RunRange95LowStepsPerS { get; init; }

    /// <summary>97.5% quantile of that run throughput; null as for the low end.</summary>
    public double? RunRange95HighStepsPerS { get; init; }

    /// <summary>The row for <paramref name="prediction"/>; samples/s only when <paramref name="batchSize"/> is given.</summary>
    public static PredictionRow From(Prediction prediction, int? batchSize)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return new PredictionRow(prediction.Workers, prediction.ThroughputStepsPerS, prediction.Ci95Low, prediction.Ci95High,
            prediction.ThroughputStepsPerS * batchSize, prediction.ServerEgressUtilisation, prediction.ServerIngressUtilisation,
            prediction.WorkerComputeShare, prediction.WorkerNetworkUtilisation, prediction.Bottleneck, prediction.ReplicaStepsPerS.Length)
        {
            RunRange95LowStepsPerS = double.IsNaN(prediction.RunRange95Low) ? null : prediction.RunRange95Low,
            RunRange95HighStepsPerS = double.IsNaN(prediction.RunRange95High) ? null : prediction.RunRange95High,
        };
    }
}

/// <summary>
/// Predicted throughput per worker count with what it was computed from, saved as Parquet: one row per worker count
/// (snake_case columns whose names carry their units) and the run's description in the file's key-value metadata
/// under <c>sgdsim.*</c> keys. The same table always gives the same bytes: nothing in the file depends on the clock.
/// </summary>
/// <param name="Run">What the predictions were computed from.</param>
/// <param name="Rows">One row per worker count, in the order predicted.</param>
public sealed record PredictionTable(PredictionRun Run, IReadOnlyList<PredictionRow> Rows)
{
    /// <summary>The cluster the predictions simulated: mode, policy, shards and the other scenario options.</summary>
    public Scenario Scenario { get; init; } = Scenario.Default;

    /// <summary>Value of the <c>sgdsim.table</c> key that marks a file as a table of predictions.</summary>
    public const string TableKind = "predictions";

    /// <summary>Layout version of the table, in <c>sgdsim.table_version</c>: 3 added the run range columns. A reader
    /// also reads layout 2 (its rows have no run range) and refuses others.</summary>
    public const int LayoutVersion = 3;

    /// <summary>The layout before the run range columns, still read.</summary>
    private const int LayoutWithoutRunRange = 2;

    /// <summary>The prefix of SgdSim's keys in a Parquet file's key-value metadata.</summary>
    internal const string Prefix = "sgdsim.";

    /// <summary>What a reader calls a file of this kind in its messages.</summary>
    private const string What = "table of SgdSim predictions";

    internal static readonly DataField<int> Workers = new("workers");
    private static readonly DataField<double> Throughput = new("throughput_steps_per_s");
    private static readonly DataField<double> Ci95Low = new("ci95_low_steps_per_s");
    private static readonly DataField<double> Ci95High = new("ci95_high_steps_per_s");
    private static readonly DataField<double?> Samples = new("samples_per_s");
    private static readonly DataField<double> PsSend = new("ps_send_utilisation");
    private static readonly DataField<double> PsReceive = new("ps_receive_utilisation");
    private static readonly DataField<double> Compute = new("worker_compute_share");
    private static readonly DataField<double> WorkerNetwork = new("worker_network_utilisation");
    private static readonly DataField<string> Bottleneck = new("bottleneck", false);
    private static readonly DataField<int> Replicas = new("replicas");

    /// <summary>The columns after <c>workers</c>: what was predicted, in the order they are written.</summary>
    internal static readonly DataField[] ResultFields = [Throughput, Ci95Low, Ci95High, Samples, PsSend, PsReceive, Compute, WorkerNetwork, Bottleneck, Replicas];

    // Only here, not in ResultFields: a sweep's table (which shares those) does not record run ranges.
    private static readonly DataField<double?> RunRangeLow = new("run_range95_low_steps_per_s");
    private static readonly DataField<double?> RunRangeHigh = new("run_range95_high_steps_per_s");

    private static readonly ParquetSchema SchemaWithoutRunRange = new([Workers, .. ResultFields]);
    private static readonly ParquetSchema Schema = new([Workers, .. ResultFields, RunRangeLow, RunRangeHigh]);

    /// <summary>The table of <paramref name="predictions"/> made in <paramref name="run"/> of <paramref name="scenario"/> (null: the profiled setup).</summary>
    public static PredictionTable From(PredictionRun run, IReadOnlyList<Prediction> predictions, Scenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(predictions);
        return new PredictionTable(run, [.. predictions.Select(p => PredictionRow.From(p, run.BatchSize))]) { Scenario = scenario ?? Scenario.Default };
    }

    /// <summary>Writes the table to <paramref name="path"/> as Parquet, atomically (see <see cref="AtomicFile"/>).</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public void Write(string path, CancellationToken cancellation = default) =>
        AtomicFile.Write(path, stream => WriteAsync(stream, cancellation).GetAwaiter().GetResult());

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidInputException">The file is missing, not Parquet, or not a table of SgdSim predictions; the message says which.</exception>
    public static PredictionTable Read(string path, CancellationToken cancellation = default)
    {
        InvalidInputException.ThrowUnlessFile(path);
        return ReadAsync(path, cancellation).GetAwaiter().GetResult();
    }

    /// <summary>The run's description as the <c>sgdsim.*</c> key-value pairs stored in the file, in a fixed order.</summary>
    public IReadOnlyDictionary<string, string> Metadata()
    {
        var metadata = RunMetadata(Run, TableKind, LayoutVersion);
        ScenarioMetadata.Write(metadata, Scenario, axes: true);
        return metadata;
    }

    /// <summary>The <c>sgdsim.*</c> entries that describe <paramref name="run"/> in a table of kind <paramref name="kind"/>, in a fixed order.</summary>
    internal static Dictionary<string, string> RunMetadata(PredictionRun run, string kind, int layoutVersion)
    {
        var metadata = new Dictionary<string, string>
        {
            [Prefix + "table"] = kind,
            [Prefix + "table_version"] = layoutVersion.ToString(CultureInfo.InvariantCulture),
            [Prefix + "version"] = run.ToolVersion,
            [Prefix + "trace"] = run.TracePath,
            [Prefix + "trace_sha256"] = run.TraceSha256,
            [Prefix + "seed"] = run.Seed.ToString(CultureInfo.InvariantCulture),
            [Prefix + "steps"] = run.Steps.ToString(CultureInfo.InvariantCulture),
            [Prefix + "warmup_steps"] = run.WarmupSteps.ToString(CultureInfo.InvariantCulture),
            [Prefix + "durations"] = run.Durations == DurationMode.Median ? "median" : "sample",
            [Prefix + "network"] = run.FlowPerMessage ? "flow-per-message" : "connection-queues",
        };
        if (run.BandwidthBitsPerS is { } bandwidth)
        {
            metadata[Prefix + "bandwidth_bits_per_s"] = bandwidth.ToString("R", CultureInfo.InvariantCulture);
        }

        if (run.BatchSize is { } batch)
        {
            metadata[Prefix + "batch_size"] = batch.ToString(CultureInfo.InvariantCulture);
        }

        return metadata;
    }

    private async Task WriteAsync(Stream stream, CancellationToken cancellation)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, cancellationToken: cancellation);
        writer.CustomMetadata = Metadata();
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(Workers, new ReadOnlyMemory<int>([.. Rows.Select(r => r.Workers)]), cancellationToken: cancellation);
        await WriteResultsAsync(group, Rows, cancellation);
        await group.WriteAsync(RunRangeLow, new ReadOnlyMemory<double?>([.. Rows.Select(r => r.RunRange95LowStepsPerS)]), cancellationToken: cancellation);
        await group.WriteAsync(RunRangeHigh, new ReadOnlyMemory<double?>([.. Rows.Select(r => r.RunRange95HighStepsPerS)]), cancellationToken: cancellation);
    }

    /// <summary>Writes the <see cref="ResultFields"/> columns of <paramref name="rows"/>.</summary>
    internal static async Task WriteResultsAsync(ParquetRowGroupWriter group, IReadOnlyList<PredictionRow> rows, CancellationToken cancellation)
    {
        ReadOnlyMemory<T> Column<T>(Func<PredictionRow, T> select) => rows.Select(select).ToArray();
        await group.WriteAsync(Throughput, Column(r => r.ThroughputStepsPerS), cancellationToken: cancellation);
        await group.WriteAsync(Ci95Low, Column(r => r.Ci95LowStepsPerS), cancellationToken: cancellation);
        await group.WriteAsync(Ci95High, Column(r => r.Ci95HighStepsPerS), cancellationToken: cancellation);
        await group.WriteAsync(Samples, Column(r => r.SamplesPerS), cancellationToken: cancellation);
        await group.WriteAsync(PsSend, Column(r => r.PsSendUtilisation), cancellationToken: cancellation);
        await group.WriteAsync(PsReceive, Column(r => r.PsReceiveUtilisation), cancellationToken: cancellation);
        await group.WriteAsync(Compute, Column(r => r.WorkerComputeShare), cancellationToken: cancellation);
        await group.WriteAsync(WorkerNetwork, Column(r => r.WorkerNetworkUtilisation), cancellationToken: cancellation);
        await group.WriteAsync(Bottleneck, rows.Select(r => r.Bottleneck).ToArray());
        await group.WriteAsync(Replicas, Column(r => r.Replicas), cancellationToken: cancellation);
    }

    private static async Task<PredictionTable> ReadAsync(string path, CancellationToken cancellation)
    {
        await using var reader = await ResultTable.OpenAsync(path, cancellation);
        var withRunRange = reader.CustomMetadata.GetValueOrDefault(Prefix + "table_version") != LayoutWithoutRunRange.ToString(CultureInfo.InvariantCulture);
        var run = ReadRun(path, reader.CustomMetadata, TableKind, withRunRange ? LayoutVersion : LayoutWithoutRunRange, What);
        var scenario = ScenarioMetadata.Read(path, reader.CustomMetadata, What, axes: true);
        return new PredictionTable(run, await ReadDataAsync(path, What, reader, withRunRange ? Schema : SchemaWithoutRunRange, async (group, n) =>
        {
            var workers = new int[n];
            await group.ReadAsync(Workers, workers.AsMemory(), cancellationToken: cancellation);
            var rows = (await ReadResultsAsync(group, workers, cancellation)).ToArray();
            if (withRunRange)
            {
                var low = new double?[n];
                var high = new double?[n];
                await group.ReadAsync(RunRangeLow, low.AsMemory(), cancellationToken: cancellation);
                await group.ReadAsync(RunRangeHigh, high.AsMemory(), cancellationToken: cancellation);
                rows = [.. rows.Select((r, i) => r with { RunRange95LowStepsPerS = low[i], RunRange95HighStepsPerS = high[i] })];
            }

            return (IEnumerable<PredictionRow>)rows;
        }))
        {
            Scenario = scenario,
        };
    }

    /// <summary>
    /// The run a file's metadata describes, after checking that it is a table of kind <paramref name="kind"/> in
    /// layout <paramref name="layoutVersion"/>; <paramref name="what"/> names such a table in the messages.
    /// </summary>
    internal static PredictionRun ReadRun(string path, IReadOnlyDictionary<string, string> metadata, string kind, int layoutVersion, string what)
    {
        if (!metadata.TryGetValue(Prefix + "table", out var found) || found != kind)
        {
            throw new InvalidInputException(path, $"is a Parquet file but not a {what} (its metadata has no '{Prefix}table' = '{kind}').");
        }

        var version = Get(path, metadata, "table_version", ParseInt, what);
        if (version != layoutVersion)
        {
            throw new InvalidInputException(path, $"is a {what} of layout {version}, which this version (layout {layoutVersion}) cannot read.");
        }

        return new PredictionRun(
            Text(path, metadata, "trace", what),
            Text(path, metadata, "trace_sha256", what),
            Text(path, metadata, "version", what),
            Get(path, metadata, "seed", ParseInt, what),
            Get(path, metadata, "steps", ParseInt, what),
            Get(path, metadata, "warmup_steps", ParseInt, what),
            Get(path, metadata, "durations", s => s switch { "median" => DurationMode.Median, "sample" => DurationMode.Sample, _ => (DurationMode?)null }, what),
            Get(path, metadata, "network", s => s switch { "flow-per-message" => true, "connection-queues" => false, _ => (bool?)null }, what),
            metadata.ContainsKey(Prefix + "bandwidth_bits_per_s") ? Get(path, metadata, "bandwidth_bits_per_s", ParseDouble, what) : null,
            metadata.ContainsKey(Prefix + "batch_size") ? Get(path, metadata, "batch_size", ParseInt, what) : null);
    }

    /// <summary>
    /// Checks that the file has the columns of <paramref name="schema"/> with their types, then reads the rows of
    /// every row group with <paramref name="readGroup"/> (given the group and its row count).
    /// </summary>
    internal static async Task<List<T>> ReadDataAsync<T>(string path, string what, ParquetReader reader, ParquetSchema schema,
        Func<ParquetRowGroupReader, int, Task<IEnumerable<T>>> readGroup)
    {
        var actual = reader.Schema.DataFields;
        foreach (var expected in schema.DataFields)
        {
            var found = actual.FirstOrDefault(f => f.Name == expected.Name);
            if (found is null)
            {
                throw new InvalidInputException(path, $"is a {what} without the column '{expected.Name}'.");
            }

            if (found.ClrType != expected.ClrType || (found.IsNullable && !expected.IsNullable))
            {
                throw new InvalidInputException(path, $"has a column '{expected.Name}' of type {found.ClrType.Name}{(found.IsNullable ? "?" : "")}, not {expected.ClrType.Name}{(expected.IsNullable ? "?" : "")}.");
            }
        }

        try
        {
            var rows = new List<T>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                rows.AddRange(await readGroup(group, ResultTable.RowsOf(path, group, rows.Count)));
            }

            return rows;
        }
        catch (Exception e) when (ResultTable.IsParseFailure(e))
        {
            throw new InvalidInputException(path, $"is a {what} whose data cannot be read ({e.Message.TrimEnd('.')}).", e);
        }
    }

    /// <summary>Reads the <see cref="ResultFields"/> columns of a row group whose <c>workers</c> column was <paramref name="workers"/>.</summary>
    internal static async Task<IEnumerable<PredictionRow>> ReadResultsAsync(ParquetRowGroupReader group, int[] workers, CancellationToken cancellation)
    {
        var n = workers.Length;
        var throughput = new double[n];
        var low = new double[n];
        var high = new double[n];
        var samples = new double?[n];
        var send = new double[n];
        var receive = new double[n];
        var compute = new double[n];
        var network = new double[n];
        var bottleneck = new string?[n];
        var replicas = new int[n];
        await group.ReadAsync(Throughput, throughput.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(Ci95Low, low.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(Ci95High, high.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(Samples, samples.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(PsSend, send.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(PsReceive, receive.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(Compute, compute.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(WorkerNetwork, network.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(Bottleneck, bottleneck.AsMemory(), cancellationToken: cancellation);
        await group.ReadAsync(Replicas, replicas.AsMemory(), cancellationToken: cancellation);
        return Enumerable.Range(0, n).Select(i =>
            new PredictionRow(workers[i], throughput[i], low[i], high[i], samples[i], send[i], receive[i], compute[i], network[i], bottleneck[i] ?? "", replicas[i]));
    }

    internal static string Text(string path, IReadOnlyDictionary<string, string> metadata, string key, string what = What) =>
        metadata.TryGetValue(Prefix + key, out var text)
            ? text
            : throw new InvalidInputException(path, $"is a {what} without the '{Prefix}{key}' entry in its metadata.");

    internal static T Get<T>(string path, IReadOnlyDictionary<string, string> metadata, string key, Func<string, T?> parse, string what = What)
        where T : struct
    {
        var text = Text(path, metadata, key, what);
        return parse(text) ?? throw new InvalidInputException(path, $"has '{text}' as its '{Prefix}{key}' metadata, which is not a valid value.");
    }

    internal static int? ParseInt(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    internal static double? ParseDouble(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
