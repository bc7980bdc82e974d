using Parquet;
using Parquet.Schema;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>The Parquet table of predictions: its layout, its metadata, reading it back, and refusing other files.</summary>
public sealed class PredictionTableTests
{
    private static readonly Prediction[] Predictions =
    [
        new(1, 2.5, 2.4, 2.6, [2.4, 2.5, 2.6], 0.31, 0.30, 0.92, "worker-compute", 123),
        new(2, 4.25, 4.0, 4.5, [4.0, 4.25, 4.5], 0.61, 0.60, 0.80, "ps-send", 456),
        new(4, 4.5, 4.5, 4.5, [4.5], 0.95, 0.90, 0.41, "ps-send", 789),
    ];

    private static PredictionRun Run(int? batch = 64, double? bandwidth = 1e9) =>
        new("traces/x", new string('a', 64), "1.2.3+abc", 7, 40, 4, DurationMode.Sample, false, bandwidth, batch);

    [Fact]
    public void A_table_read_back_has_the_rows_and_the_run_it_was_written_with()
    {
        using var dir = new TempDir();
        var path = dir.File("p.parquet");
        var table = PredictionTable.From(Run(), Predictions);

        table.Write(path);
        var read = PredictionTable.Read(path);

        Assert.Equal(table.Run, read.Run);
        Assert.Equal(table.Rows, read.Rows);
        Assert.Equal([1, 2, 4], read.Rows.Select(r => r.Workers));
        Assert.Equal(4.25 * 64, read.Rows[1].SamplesPerS);
        Assert.Equal([3, 3, 1], read.Rows.Select(r => r.Replicas));
    }

    [Fact]
    public async Task A_table_keeps_each_rows_run_range_and_one_of_layout_2_reads_without_it()
    {
        using var dir = new TempDir();
        var path = dir.File("p.parquet");
        var table = PredictionTable.From(Run(), [Predictions[0] with { RunRange95Low = 2.1, RunRange95High = 2.9 }, Predictions[1]]);

        table.Write(path);
        var read = PredictionTable.Read(path);

        Assert.Equal(2.1, read.Rows[0].RunRange95LowStepsPerS);
        Assert.Equal(2.9, read.Rows[0].RunRange95HighStepsPerS);
        Assert.Null(read.Rows[1].RunRange95LowStepsPerS);

        // A table written before the run range columns existed: layout 2, the same columns without them.
        var old = dir.File("old.parquet");
        var metadata = table.Metadata().ToDictionary();
        metadata["sgdsim.table_version"] = "2";
        await using (var stream = File.Create(old))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema([PredictionTable.Workers, .. PredictionTable.ResultFields]), stream);
            writer.CustomMetadata = metadata;
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(PredictionTable.Workers, new ReadOnlyMemory<int>([.. table.Rows.Select(r => r.Workers)]));
            await PredictionTable.WriteResultsAsync(group, table.Rows, CancellationToken.None);
        }

        Assert.Equal(table.Rows.Select(r => r with { RunRange95LowStepsPerS = null, RunRange95HighStepsPerS = null }), PredictionTable.Read(old).Rows);
    }

    [Fact]
    public void A_table_keeps_the_scenario_it_was_predicted_in()
    {
        using var dir = new TempDir();
        var path = dir.File("p.parquet");
        var scenario = new Scenario
        {
            Mode = TrainingMode.StaleSynchronous(3),
            Policy = TransmissionPolicy.P3,
            SliceBytes = 65536,
            Shards = 2,
            Placement = ShardPlacement.GreedyBytes,
            Stragglers = new Stragglers(1, 1.5),
            ServerBitsPerS = [1e10, 2.5e10],
        };

        PredictionTable.From(Run(), Predictions, scenario).Write(path);
        var read = PredictionTable.Read(path).Scenario;

        Assert.Equal((scenario.Mode, scenario.Policy, scenario.SliceBytes, scenario.BucketBytes, scenario.Shards, scenario.Placement, scenario.Stragglers),
            (read.Mode, read.Policy, read.SliceBytes, read.BucketBytes, read.Shards, read.Placement, read.Stragglers));
        Assert.Equal(scenario.ServerBitsPerS, read.ServerBitsPerS);
        Assert.Null(read.WorkerSpeeds);
        Assert.Equal("ssp:3", PredictionTable.From(Run(), Predictions, scenario).Metadata()["sgdsim.mode"]);
    }

    [Fact]
    public void Without_a_batch_size_samples_per_second_are_null_and_no_batch_or_bandwidth_is_claimed()
    {
        using var dir = new TempDir();
        var path = dir.File("p.parquet");
        PredictionTable.From(Run(batch: null, bandwidth: null) with { Durations = DurationMode.Median, FlowPerMessage = true }, Predictions).Write(path);

        var read = PredictionTable.Read(path);

        Assert.All(read.Rows, r => Assert.Null(r.SamplesPerS));
        Assert.Null(read.Run.BatchSize);
        Assert.Null(read.Run.BandwidthBitsPerS);
        Assert.Equal(DurationMode.Median, read.Run.Durations);
        Assert.True(read.Run.FlowPerMessage);
    }

    [Fact]
    public async Task The_file_has_snake_case_columns_with_units_and_the_run_under_sgdsim_keys()
    {
        using var dir = new TempDir();
        var path = dir.File("p.parquet");
        PredictionTable.From(Run(), Predictions).Write(path);

        await using var reader = await ParquetReader.CreateAsync(path);

        Assert.Equal(
            ["workers", "throughput_steps_per_s", "ci95_low_steps_per_s", "ci95_high_steps_per_s", "samples_per_s",
             "ps_send_utilisation", "ps_receive_utilisation", "worker_compute_share", "worker_network_utilisation", "bottleneck", "replicas",
             "run_range95_low_steps_per_s", "run_range95_high_steps_per_s"],
            reader.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(typeof(int), reader.Schema.DataFields[0].ClrType);
        Assert.True(reader.Schema.DataFields[4].IsNullable);
        Assert.Equal("predictions", reader.CustomMetadata["sgdsim.table"]);
        Assert.Equal("1.2.3+abc", reader.CustomMetadata["sgdsim.version"]);
        Assert.Equal("7", reader.CustomMetadata["sgdsim.seed"]);
        Assert.Equal(new string('a', 64), reader.CustomMetadata["sgdsim.trace_sha256"]);
        Assert.Equal("traces/x", reader.CustomMetadata["sgdsim.trace"]);
        Assert.Equal("1000000000", reader.CustomMetadata["sgdsim.bandwidth_bits_per_s"]);
        Assert.Equal("64", reader.CustomMetadata["sgdsim.batch_size"]);
        Assert.Equal(3, reader.OpenRowGroupReader(0).RowCount);
    }

    [Fact]
    public void Writing_the_same_table_twice_gives_the_same_bytes()
    {
        using var dir = new TempDir();
        var run = PredictionRun.Describe(Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"), new PredictionOptions([1, 2, 4], Seed: 3), 1e9, 32);

        PredictionTable.From(run, Predictions).Write(dir.File("a.parquet"));
        PredictionTable.From(run, Predictions).Write(dir.File("b.parquet"));

        Assert.Equal(File.ReadAllBytes(dir.File("a.parquet")), File.ReadAllBytes(dir.File("b.parquet")));
        Assert.Equal(PredictionRun.CurrentToolVersion, run.ToolVersion);
        Assert.StartsWith("0.", run.ToolVersion);
        Assert.Single(Directory.GetFiles(dir.Path, "*a.parquet*")); // no temporary file left beside it
    }

    [Fact]
    public void A_trace_file_hashes_as_sha256sum_prints_it_and_a_folder_as_sha256sum_of_its_trace_files_does()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("step-0000.pb"), "a\n");
        File.WriteAllText(dir.File("step-0001.pb"), "bb\n");
        File.WriteAllText(dir.File("README"), "not a step");

        // Values printed by `sha256sum step-0000.pb` and `sha256sum step-0000.pb step-0001.pb | sha256sum`.
        Assert.Equal("87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7", PredictionRun.HashTrace(dir.File("step-0000.pb")));
        Assert.Equal("c990a95e2552cd9a67dfac356fa543757d9e21b84306cc9fc7a0290bb5e5996e", PredictionRun.HashTrace(dir.Path));
    }

    [Fact]
    public void Reading_a_file_that_is_not_Parquet_says_so()
    {
        using var dir = new TempDir();
        var path = dir.File("p.parquet");
        File.WriteAllText(path, "workers,throughput_steps_per_s\n1,2\n");

        var e = Assert.Throws<InvalidInputException>(() => PredictionTable.Read(path));

        Assert.StartsWith($"{path}: cannot be read as Parquet (", e.Message);
    }

    [Fact]
    public void A_damaged_table_is_refused_as_bad_input_whichever_byte_is_wrong_or_where_it_is_cut()
    {
        using var dir = new TempDir();
        var path = dir.File("p.parquet");
        PredictionTable.From(Run(), Predictions).Write(path);
        var bytes = File.ReadAllBytes(path);
        var damaged = dir.File("damaged.parquet");

        // A sample of positions, spread over header, column chunks and footer: every read of a file takes milliseconds.
        for (var i = 0; i < bytes.Length; i += 17)
        {
            var flipped = (byte[])bytes.Clone();
            flipped[i] ^= 0xFF;
            foreach (var variant in i % 85 == 0 ? new[] { bytes[..i], flipped } : [flipped])
            {
                File.WriteAllBytes(damaged, variant);
                try
                {
                    PredictionTable.Read(damaged);
                }
                catch (InvalidInputException e)
                {
                    Assert.StartsWith($"{damaged}: ", e.Message);
                }
            }
        }
    }

    [Theory]
    [InlineData("sgdsim.table", null, "is a Parquet file but not a table of SgdSim predictions (its metadata has no 'sgdsim.table' = 'predictions').")]
    [InlineData("sgdsim.table", "sweep", "is a Parquet file but not a table of SgdSim predictions (its metadata has no 'sgdsim.table' = 'predictions').")]
    [InlineData("sgdsim.table_version", "4", "is a table of SgdSim predictions of layout 4, which this version (layout 3) cannot read.")]
    [InlineData("sgdsim.seed", null, "is a table of SgdSim predictions without the 'sgdsim.seed' entry in its metadata.")]
    [InlineData("sgdsim.seed", "x", "has 'x' as its 'sgdsim.seed' metadata, which is not a valid value.")]
    [InlineData("sgdsim.durations", "mean", "has 'mean' as its 'sgdsim.durations' metadata, which is not a valid value.")]
    [InlineData("sgdsim.trace", "t", "is a table of SgdSim predictions without the column 'throughput_steps_per_s'.")]
    public async Task Reading_a_Parquet_file_that_is_not_a_whole_table_of_predictions_says_what_it_lacks(string key, string? value, string problem)
    {
        using var dir = new TempDir();
        var path = dir.File("p.parquet");
        var metadata = PredictionTable.From(Run(), Predictions).Metadata().ToDictionary();
        if (value is null)
        {
            metadata.Remove(key);
        }
        else
        {
            metadata[key] = value;
        }

        await WriteWorkersOnly(path, metadata);

        var e = Assert.Throws<InvalidInputException>(() => PredictionTable.Read(path));

        Assert.Equal($"{path}: {problem}", e.Message);
    }

    // A Parquet file with only a workers column and the given key-value metadata, as another tool might write.
    private static async Task WriteWorkersOnly(string path, Dictionary<string, string> metadata)
    {
        var field = new DataField<int>("workers");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream);
        writer.CustomMetadata = metadata;
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(field, new ReadOnlyMemory<int>([1, 2]));
    }
}
