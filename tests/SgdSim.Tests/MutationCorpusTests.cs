using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using CsCheck;
using SgdSim.Reports;
using SgdSim.Tests.Support;
using SgdSim.Traces.Chakra.Wire;
using static SgdSim.Tests.Support.RunMetadataBuilder;

namespace SgdSim.Tests;

/// <summary>
/// A seeded corpus of structurally valid but wrong inputs for every importer and for the tables plot and merge read:
/// cycles, negative and backwards times, missing ends, huge sizes and times, then truncations, bit flips and inserted
/// bytes on top. Whatever the input, sgdsim answers or refuses it in one line naming the file (exit 0 or 2), and soon:
/// never exit 1, a second line or a hang. The seeds are fixed, so every run checks the same inputs.
/// </summary>
public sealed class MutationCorpusTests
{
    // Inputs per format: a few kilobytes each, so that the whole corpus runs in seconds.
    private const int Cases = 120;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>One input: the files of one trace (a file, or a folder of several).</summary>
    public sealed record Input(string Description, (string Name, byte[] Bytes)[] Files)
    {
        public override string ToString() => Description;
    }

    // Times in the formats' own units: plausible, negative, and at the edges of a long.
    private static readonly Gen<long> Times = Gen.Frequency(
        (6, Gen.Long[0, 10_000_000]),
        (1, Gen.OneOf(-5_000_000L, -1L, long.MaxValue / 2, long.MaxValue, long.MinValue, 1L << 53)));

    private static readonly Gen<long> Sizes = Gen.Frequency(
        (4, Gen.Long[1, 100_000_000]),
        (1, Gen.OneOf(0L, -1L, long.MaxValue, long.MinValue, 1L << 40)));

    private static readonly Gen<string> JsonNumbers = Gen.Frequency(
        (6, Gen.Long[0, 1_000_000].Select(v => v.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("-5", "-0.5", "1e300", "-1e300", "9223372036854775807", "18446744073709551616", "1.5e-300", "\"12\"", "null", "[]")));

    /// <summary>A change of the bytes: none (half the time), a truncation, flipped bits, set bytes, inserted bytes.</summary>
    private static readonly Gen<Func<byte[], byte[]>> ByteChanges = Gen.Frequency(
        (6, Gen.Const<Func<byte[], byte[]>>(b => b)),
        (2, Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(at => b => b[..(int)(at * b.Length)])),
        (2, Gen.Select(Gen.Double[0, 1].Array[1, 8], Gen.Byte.Array[8], (ats, masks) => (Func<byte[], byte[]>)(b => Flip(b, ats, masks)))),
        (1, Gen.Select(Gen.Double[0, 1], Gen.OneOf<byte>(0x00, 0xFF, 0x7F, 0x80), (at, value) => (Func<byte[], byte[]>)(b => Set(b, at, value)))),
        (1, Gen.Select(Gen.Double[0, 1], Gen.Byte.Array[1, 16], (at, bytes) => (Func<byte[], byte[]>)(b => Insert(b, at, bytes)))));

    private static readonly Gen<Input> RunMetadataInputs =
        from steps in Gen.Int[1, 3]
        from starts in Times.Array[steps]
        from bytes in Sizes
        from compute in Times
        from cycle in Gen.Bool
        from noEnd in Gen.Bool
        from change in ByteChanges
        select new Input($"{steps} steps at {string.Join(",", starts)} µs, {bytes} B, compute {compute} µs, cycle {cycle}, no end {noEnd}",
            [.. starts.Select((t0, i) => ($"step-{i:D4}.runmeta.pb", change(RunMetadataStep(t0, bytes, compute, cycle, noEnd))))]);

    private static byte[] RunMetadataStep(long t0, long bytes, long compute, bool cycle, bool noEnd)
    {
        var step = SimpleStep(t0, bytes, compute);
        if (cycle)
        {
            step.Op(Worker, "a = Add(b)", t0, 1).Op(Worker, "b = Add(a)", t0 + 1, 1);
        }

        if (noEnd)
        {
            // An op that never ended: no end time, or one before its start.
            var op = step.Device(Worker).NodeStats[^1];
            op.AllEndRelMicros = -op.AllStartMicros - 1;
            op.OpEndRelMicros = 0;
        }

        return step.ToBytes();
    }

    private static readonly Gen<Input> TimelineInputs =
        from times in JsonNumbers.Array[8]
        from cycle in Gen.Bool
        from noDuration in Gen.Bool
        from change in ByteChanges
        select new Input($"times {string.Join(",", times)}, cycle {cycle}, no dur {noDuration}",
            [("timeline.json", change(Encoding.UTF8.GetBytes(Timeline(times, cycle, noDuration))))]);

    private static string Timeline(string[] t, bool cycle, bool noDuration)
    {
        const string ps = "/job:ps/replica:0/task:0/device:CPU:0";
        const string worker = "/job:worker/replica:0/task:0/device:CPU:0";
        var dur = noDuration ? "" : $", \"dur\": {t[1]}";
        var mm = cycle ? "\"input0\": \"add\", \"input1\": \"w/read_S1\"" : "\"input0\": \"x\", \"input1\": \"w/read_S1\"";
        return $$$"""
            {"traceEvents": [
              {"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "{{{ps}}} Compute"}},
              {"ph": "M", "pid": 2, "name": "process_name", "args": {"name": "{{{worker}}} Compute"}},
              {"ph": "X", "pid": 1, "tid": 0, "ts": {{{t[0]}}}{{{dur}}}, "name": "Identity", "args": {"name": "w/read", "op": "Identity", "input0": "w"}},
              {"ph": "X", "pid": 2, "tid": 0, "ts": {{{t[2]}}}, "dur": {{{t[3]}}}, "name": "RecvTensor", "args": {"name": "RecvTensor", "op": "RecvTensor"}},
              {"ph": "X", "pid": 2, "tid": 0, "ts": {{{t[4]}}}, "dur": {{{t[5]}}}, "name": "MatMul", "args": {"name": "mm", "op": "MatMul", {{{mm}}}}},
              {"ph": "X", "pid": 2, "tid": 0, "ts": {{{t[6]}}}, "dur": 10, "name": "BiasAdd", "args": {"name": "add", "op": "BiasAdd", "input0": "mm"}},
              {"ph": "s", "pid": 2, "tid": 0, "ts": {{{t[7]}}}, "id": 7, "name": "mm", "cat": "DataFlow"}
            ]}
            """;
    }

    private static readonly Gen<Input> XSpaceInputs =
        from start in Times
        from offset in Times
        from duration in Times
        from shape in Gen.OneOf("(float[256,256])", "(float[9223372036854775807,4])", "(float[-1])", "(", "(float[99999999999,99999999999])")
        from change in ByteChanges
        select new Input($"step at {start} ns, event at {offset} ps for {duration} ps, shape {shape}",
            [("host.xplane.pb", change(XSpace(start, offset, duration, shape)))]);

    private static byte[] XSpace(long start, long offset, long duration, string shape)
    {
        var space = XSpaceBuilder.WorkerStep(start);
        space.Plane(XSpaceBuilder.Host).Line("tf_Compute/2", timestampNs: start)
            .Event("late/_2:_Recv", offset, duration, ("group_id", 0L), ("shape", shape),
                ("rendezvous_key", "/job:ps/replica:0/task:0/device:CPU:0;1;/job:worker/replica:0/task:0/device:CPU:0;edge_2_late;0:0"))
            .Event("late/MatMul:MatMul", offset, duration, ("group_id", 0L));
        return space.ToBytes();
    }

    private static readonly Gen<Input> KinetoInputs =
        from times in Gen.Frequency((6, Gen.Double[0, 1e6]), (1, Gen.OneOf(-5.0, -1e6, 1e18, 1e300, 0.0))).Array[6]
        from pulled in Sizes
        from unfinishedFlow in Gen.Bool
        from gzip in Gen.Bool
        from change in ByteChanges
        select new Input($"times {string.Join(",", times)}, pull {pulled} B, unfinished flow {unfinishedFlow}, gzip {gzip}",
            [(gzip ? "worker0.json.gz" : "worker0.json", change(Kineto(times, pulled, unfinishedFlow, gzip)))]);

    private static byte[] Kineto(double[] t, long pulled, bool unfinishedFlow, bool gzip)
    {
        var json = new KinetoJson()
            .Slice("user_annotation", "sgdsim.role/worker/0", t[0], 1)
            .Step(1, t[1], t[2])
            .Op("aten::zeros", t[1] + 1, 2)
            .Slice("user_annotation", $"sgdsim.pull/w/{pulled}", t[3], 100)
            .Slice("user_annotation", "sgdsim.use/w", t[4], 100)
            .Op("aten::linear", t[4] + 20, 70)
            .Slice("user_annotation", $"sgdsim.push/w/{pulled}", t[5], 200)
            .Flow("ac2g", 7, start: true, t[4]);
        if (!unfinishedFlow)
        {
            json.Flow("ac2g", 7, start: false, t[5], pid: 0, tid: 7);
        }

        var bytes = Encoding.UTF8.GetBytes(json.ToString());
        return gzip ? KinetoJson.Gzip(bytes) : bytes;
    }

    private static readonly Gen<Input> ChakraInputs =
        from nodes in Gen.Int[1, 6]
        from deps in Gen.Int[0, 9].Array[nodes]
        from durations in Gen.Frequency((6, Gen.ULong[0, 1_000_000]), (1, Gen.OneOf(ulong.MaxValue, (ulong)long.MaxValue + 1))).Array[nodes]
        from size in Sizes
        from duplicateId in Gen.Bool
        from change in ByteChanges
        select new Input($"{nodes} nodes, deps {string.Join(",", deps)}, durations {string.Join(",", durations)}, size {size}, duplicate id {duplicateId}",
            [("trace.0.et", change(Chakra(deps, durations, size, duplicateId)))]);

    // Node i depends on the one before it (a chain; the first on none), or now and then (deps[i] 7 to 9) on itself,
    // on the next one (a cycle) or on one that does not exist.
    private static byte[] Chakra(int[] deps, ulong[] durations, long size, bool duplicateId)
    {
        var et = new EtFileBuilder();
        for (var i = 0; i < deps.Length; i++)
        {
            var id = duplicateId && i == deps.Length - 1 && i > 0 ? 0UL : (ulong)i;
            ulong[] on = deps[i] switch
            {
                7 => [(ulong)i],
                8 => [(ulong)i + 1],
                9 => [99],
                _ => i == 0 ? [] : [(ulong)i - 1],
            };
            if (i % 3 == 2)
            {
                et.Send(id, $"send{i}", 1, i, size, on);
            }
            else
            {
                et.Comp(id, $"op{i}", durations[i], on);
            }
        }

        return et.ToBytes();
    }

    public static TheoryData<string> Formats() => ["runmetadata", "timeline", "xspace", "kineto", "chakra"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_mutated_trace_is_read_or_refused_in_one_line_naming_it(string format)
    {
        var (gen, seed) = format switch
        {
            "runmetadata" => (RunMetadataInputs, 1UL),
            "timeline" => (TimelineInputs, 2UL),
            "xspace" => (XSpaceInputs, 3UL),
            "kineto" => (KinetoInputs, 4UL),
            "chakra" => (ChakraInputs, 5UL),
            _ => throw new ArgumentException(format),
        };
        var pcg = new PCG(13, seed);
        var outcomes = new Dictionary<int, int>();
        for (var i = 0; i < Cases; i++)
        {
            var input = gen.Generate(pcg, null, out _);
            using var dir = new TempDir();
            foreach (var (name, bytes) in input.Files)
            {
                File.WriteAllBytes(dir.File(name), bytes);
            }

            var path = input.Files.Length == 1 ? dir.File(input.Files[0].Name) : dir.Path;
            var code = AssertAnsweredOrRefused(input.Description, dir.Path, "inspect", path);
            outcomes[code] = outcomes.GetValueOrDefault(code) + 1;
            if (code == 0 && i % 4 == 0)
            {
                // What inspect accepts goes on to a short prediction, where times and sizes become events.
                AssertAnsweredOrRefused(input.Description, dir.Path, "predict", path, "--workers", "2", "--steps", "6", "--replicas", "1");
            }
        }

        // The corpus is worth running only if it holds both: traces still read, and traces refused.
        Assert.True(outcomes.GetValueOrDefault(0) > 0 && outcomes.GetValueOrDefault(2) > 0, $"{format}: {string.Join(", ", outcomes)}");
    }

    [Fact]
    public void Every_damaged_page_header_or_footer_of_a_sweep_table_is_read_or_refused_in_one_line_naming_it()
    {
        using var dir = new TempDir();
        var trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");
        Assert.Equal(0, CliRunner.Run("sweep", trace, "--workers", "1-2", "--replicas", "1", "--steps", "8", "--out", dir.Path).ExitCode);
        var bytes = File.ReadAllBytes(dir.File("sweep.parquet"));
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8));
        // Each column's page header (where the Thrift reader once ran past the end of the file for ever), and the footer.
        var positions = PageOffsets(dir.File("sweep.parquet")).SelectMany(o => Enumerable.Range((int)o, 40))
            .Concat(Enumerable.Range(bytes.Length - 8 - footerLength, footerLength + 8))
            .Where(p => p < bytes.Length).Distinct().ToArray();
        var damaged = dir.File("damaged.parquet");
        var outcomes = new Dictionary<int, int>();
        foreach (var position in positions)
        {
            foreach (var value in new byte[] { 0x00, 0xFF })
            {
                var copy = bytes.ToArray();
                copy[position] = value;
                File.WriteAllBytes(damaged, copy);
                var code = AssertReadOrRefused($"byte {position} set to {value:X2}", damaged);
                outcomes[code] = outcomes.GetValueOrDefault(code) + 1;
            }
        }

        Assert.True(outcomes.GetValueOrDefault(0) > 0 && outcomes.GetValueOrDefault(2) > 0, string.Join(", ", outcomes));
    }

    private static long[] PageOffsets(string path)
    {
        async Task<long[]> Read()
        {
            await using var reader = await Parquet.ParquetReader.CreateAsync(path);
            return [.. reader.Metadata!.RowGroups.SelectMany(g => g.Columns).Select(c => c.MetaData!.DataPageOffset)];
        }

        return Read().GetAwaiter().GetResult();
    }

    // The library's answer to a table, as plot and merge get it: read, or InvalidInputException naming the file.
    private static int AssertReadOrRefused(string description, string path)
    {
        var run = Task.Run(() =>
        {
            try
            {
                ResultTable.Read(path);
                SweepTable.Read(path);
                return 0;
            }
            catch (InvalidInputException e)
            {
                Assert.True(e.Source == path, $"{description}: names {e.Source}");
                return 2;
            }
        });
        Assert.True(run.Wait(Patience), $"{description}: not read within {Patience.TotalSeconds} s");
        return run.Result;
    }

    private static int AssertAnsweredOrRefused(string description, string folder, params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(Patience), $"{description}: sgdsim {string.Join(' ', args)} did not finish within {Patience.TotalSeconds} s");
        var result = run.Result;
        Assert.True(result.ExitCode is 0 or 2, $"{description}: exit {result.ExitCode}: {result.Stderr}");
        if (result.ExitCode == 2)
        {
            var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(line.Contains(folder, StringComparison.Ordinal), $"{description}: the refusal does not name the file: {line}");
        }

        return result.ExitCode;
    }

    private static byte[] Flip(byte[] bytes, double[] ats, byte[] masks)
    {
        var copy = bytes.ToArray();
        for (var i = 0; i < ats.Length && copy.Length > 0; i++)
        {
            copy[Math.Min(copy.Length - 1, (int)(ats[i] * copy.Length))] ^= masks[i] == 0 ? (byte)1 : masks[i];
        }

        return copy;
    }

    private static byte[] Set(byte[] bytes, double at, byte value)
    {
        var copy = bytes.ToArray();
        if (copy.Length > 0)
        {
            copy[Math.Min(copy.Length - 1, (int)(at * copy.Length))] = value;
        }

        return copy;
    }

    private static byte[] Insert(byte[] bytes, double at, byte[] inserted)
    {
        var position = (int)(at * bytes.Length);
        return [.. bytes[..position], .. inserted, .. bytes[position..]];
    }
}
