using System.Buffers.Binary;
using Parquet;
using Parquet.Schema;
using SgdSim.Reports;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// <c>plot</c> and <c>merge</c> given Parquet files they did not write, or that were damaged on the way: every one is
/// refused in one line naming the file (exit 2), whatever is wrong with it.
/// </summary>
public sealed class ForeignParquetTests : IClassFixture<ForeignParquetTests.RealSweep>, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly RealSweep _sweep;

    public ForeignParquetTests(RealSweep sweep) => _sweep = sweep;

    public void Dispose() => _dir.Dispose();

    /// <summary>One small sweep sgdsim wrote, whose bytes and metadata the foreign files are made from.</summary>
    public sealed class RealSweep : IDisposable
    {
        private readonly TempDir _dir = new();

        public RealSweep()
        {
            var trace = System.IO.Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");
            var result = CliRunner.Run("sweep", trace, "--workers", "1-2", "--replicas", "1", "--steps", "8", "--out", _dir.Path);
            Assert.True(result.ExitCode == 0, result.Stderr);
            Path = _dir.File("sweep.parquet");
            Bytes = File.ReadAllBytes(Path);
            var table = ResultTable.Read(Path);
            Metadata = table.Metadata;
            Rows = table.RowCount;
        }

        public int Rows { get; }

        public string Path { get; }

        public byte[] Bytes { get; }

        public IReadOnlyDictionary<string, string> Metadata { get; }

        public void Dispose() => _dir.Dispose();
    }

    // Foreign or damaged for both commands. An empty sweep table is a part merge takes (a shard may hold no point),
    // and infinite throughputs are a table merge need not judge: those two are plot's alone.
    private static readonly string[] Both =
    [
        "text", "empty", "half", "no-trailing-magic", "huge-footer-length", "zero-footer-length", "footer-length-beyond-file",
        "other-columns", "sgdsim-metadata-other-columns", "wrong-types", "no-row-groups", "folder", "bit-flip-header",
        "billions-of-rows",
    ];

    public static TheoryData<string> Cases() => [.. Both];

    public static TheoryData<string> PlotCases() => [.. Both, "empty-table", "infinite-throughput"];

    [Theory]
    [MemberData(nameof(PlotCases))]
    public void Plot_refuses_a_foreign_or_damaged_table_in_one_line_naming_it(string kind)
    {
        var path = Make(kind);

        var result = CliRunner.Run("plot", path, "--out", _dir.File("plot.svg"));

        Refusal.AssertOneLine(result, path);
        Assert.False(File.Exists(_dir.File("plot.svg")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merge_refuses_a_foreign_or_damaged_part_in_one_line_naming_it(string kind)
    {
        var path = Make(kind);

        var result = CliRunner.Run("merge", _dir.File("merged.parquet"), _sweep.Path, path);

        Refusal.AssertOneLine(result, path);
        Assert.False(File.Exists(_dir.File("merged.parquet")));
    }

    [Fact]
    public async Task A_footer_that_Parquet_Net_would_parse_for_ever_is_refused_after_a_while()
    {
        // Found by fuzzing: a sweep table whose footer passes the Thrift check but sends Parquet.Net's parser past its
        // end, where it spins for ever.
        var path = _dir.File("spins.parquet");
        File.Copy(Path.Combine(Paths.RepositoryRoot, "tests", "SgdSim.Tests", "Inputs", "footer-parquet-net-spins-on.parquet"), path);

        var plot = await Task.Run(() => CliRunner.Run("plot", path, "--out", _dir.File("plot.svg"))).WaitAsync(TimeSpan.FromSeconds(60));

        Refusal.AssertOneLine(plot, path, "its footer did not parse within 10 s");
    }

    private string Make(string kind)
    {
        var path = _dir.File($"{kind}.parquet");
        var bytes = _sweep.Bytes;
        switch (kind)
        {
            case "text": File.WriteAllText(path, "workers,throughput_steps_per_s\n1,2\n"); break;
            case "empty": File.WriteAllBytes(path, []); break;
            case "half": File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]); break;
            case "no-trailing-magic": File.WriteAllBytes(path, bytes[..^4]); break;
            case "huge-footer-length": File.WriteAllBytes(path, WithFooterLength(bytes, int.MaxValue - 16)); break;
            case "zero-footer-length": File.WriteAllBytes(path, WithFooterLength(bytes, 0)); break;
            case "footer-length-beyond-file": File.WriteAllBytes(path, WithFooterLength(bytes, bytes.Length)); break;
            case "other-columns": Write(path, new Dictionary<string, string> { ["writer"] = "pandas" }, workersAsText: false); break;
            case "sgdsim-metadata-other-columns": Write(path, _sweep.Metadata, workersAsText: false); break;
            case "wrong-types": Write(path, _sweep.Metadata, workersAsText: true); break;
            case "empty-table": (SweepTable.Read(_sweep.Path) with { Rows = [] }).Write(path); break;
            case "no-row-groups": WriteNoRowGroups(path, _sweep.Metadata); break;
            case "folder": Directory.CreateDirectory(path); break;
            case "infinite-throughput": WriteInfinite(path, _sweep.Metadata); break;
            case "bit-flip-header": File.WriteAllBytes(path, Flip(bytes, 5)); break;
            case "billions-of-rows": File.WriteAllBytes(path, WithRowCount(bytes, int.MaxValue - 1)); break;
            default: throw new ArgumentException(kind);
        }

        return path;
    }

    // A Parquet file ends with its footer's length (4 bytes, little-endian) and "PAR1".
    private static byte[] WithFooterLength(byte[] bytes, int length)
    {
        var copy = bytes.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(copy.Length - 8), length);
        return copy;
    }

    // The footer's row counts (of the file, the row group and each column chunk) are Thrift compact i64 fields that
    // follow the field before them: header byte 0x16, then the count zigzag-encoded, 0x04 for the fixture's 2 rows.
    private byte[] WithRowCount(byte[] bytes, long rows)
    {
        Assert.Equal(2, _sweep.Rows);
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8));
        var footer = bytes[(bytes.Length - 8 - footerLength)..^8];
        var count = new List<byte>();
        for (var v = (ulong)rows << 1; ; v >>= 7)
        {
            count.Add((byte)(v < 0x80 ? v : (v & 0x7F) | 0x80));
            if (v < 0x80)
            {
                break;
            }
        }

        var patched = new List<byte>();
        for (var i = 0; i < footer.Length; i++)
        {
            if (footer[i] == 0x16 && i + 1 < footer.Length && footer[i + 1] == 0x04)
            {
                patched.Add(0x16);
                patched.AddRange(count);
                i++;
            }
            else
            {
                patched.Add(footer[i]);
            }
        }

        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, patched.Count);
        return [.. bytes[..(bytes.Length - 8 - footerLength)], .. patched, .. length, .. "PAR1"u8];
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0xFF;
        return copy;
    }

    // Columns another tool might write: a workers column of text (or of numbers) and a note, nothing else.
    private static void Write(string path, IReadOnlyDictionary<string, string> metadata, bool workersAsText)
    {
        var fields = new DataField[] { workersAsText ? new DataField<string>("workers") : new DataField<int>("gpus"), new DataField<string>("throughput_steps_per_s") };
        WriteAsync(path, fields, metadata, async group =>
        {
            if (workersAsText)
            {
                await group.WriteAsync(fields[0], new string?[] { "one", "two" });
            }
            else
            {
                await group.WriteAsync(fields[0], new ReadOnlyMemory<int>([1, 2]));
            }

            await group.WriteAsync(fields[1], new string?[] { "fast", "slow" });
        }).GetAwaiter().GetResult();
    }

    private static void WriteInfinite(string path, IReadOnlyDictionary<string, string> metadata)
    {
        var fields = new DataField[] { new DataField<int>("workers"), new DataField<double>("throughput_steps_per_s") };
        WriteAsync(path, fields, metadata, async group =>
        {
            await group.WriteAsync(fields[0], new ReadOnlyMemory<int>([1, 2]));
            await group.WriteAsync(fields[1], new ReadOnlyMemory<double>([double.PositiveInfinity, double.NaN]));
        }).GetAwaiter().GetResult();
    }

    private static void WriteNoRowGroups(string path, IReadOnlyDictionary<string, string> metadata) =>
        WriteAsync(path, [new DataField<int>("workers")], metadata, null).GetAwaiter().GetResult();

    private static async Task WriteAsync(string path, DataField[] fields, IReadOnlyDictionary<string, string> metadata, Func<ParquetRowGroupWriter, Task>? columns)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        writer.CustomMetadata = new Dictionary<string, string>(metadata);
        if (columns is not null)
        {
            using var group = writer.CreateRowGroup();
            await columns(group);
        }
    }
}
