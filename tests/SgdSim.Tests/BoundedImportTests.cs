using System.IO.Compression;
using System.Text;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

/// <summary>
/// A small file that asks for a great deal — a gzip bomb, a string or a length field of gigabytes, more events than
/// any profiler writes — is refused in one line naming the limit, without taking the memory it asks for.
/// </summary>
public sealed class BoundedImportTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Gzip(string name, Action<Stream> write)
    {
        var file = _dir.File(name);
        using (var gzip = new GZipStream(File.Create(file), CompressionLevel.Fastest))
        {
            write(gzip);
        }

        return file;
    }

    [Fact]
    public void A_compressed_string_larger_than_a_value_may_be_is_refused()
    {
        var file = Gzip("bomb.json.gz", s =>
        {
            s.Write("{\"schemaVersion\": 1, \"traceEvents\": [{\"ph\": \"X\", \"name\": \""u8);
            var chunk = new byte[1 << 20];
            chunk.AsSpan().Fill((byte)'a');
            for (var i = 0; i < (TraceLimits.MaxValueBytes >> 20) + 1; i++)
            {
                s.Write(chunk);
            }

            s.Write("\"}]}"u8);
        });

        Refusal.AssertOneLine(CliRunner.Run("inspect", file), "bomb.json.gz", "larger than 64 MiB, the most one may be");
    }

    [Fact]
    public void More_events_than_a_trace_file_may_hold_are_refused()
    {
        var file = Repeating("many.json.gz", "{\"ph\": \"X\", \"name\": \"a\", \"pid\": 1, \"tid\": 1, \"ts\": 1, \"dur\": 1},", TraceLimits.MaxEvents + 1);

        Refusal.AssertOneLine(CliRunner.Run("inspect", file), "many.json.gz", "holds more than 10,000,000 events");
    }

    [Fact]
    public void A_chakra_message_declaring_gigabytes_is_refused_without_allocating_them()
    {
        // A global metadata message and a node, then one whose length prefix says 2 GiB - 1, or 64 MiB - 1 in a file of
        // a few bytes.
        byte[] start = [0x05, 0x0A, 0x03, (byte)'0', (byte)'.', (byte)'1', 0x02, 0x08, 0x01];
        var huge = _dir.File("huge.0.et");
        File.WriteAllBytes(huge, [.. start, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x08, 0x02, 0x00]);
        var cut = _dir.File("cut.0.et");
        File.WriteAllBytes(cut, [.. start, 0xFF, 0xFF, 0xFF, 0x1F, 0x08, 0x02, 0x00]);

        Refusal.AssertOneLine(CliRunner.Run("inspect", huge), "huge.0.et", "declares 2,147,483,647 bytes, more than a message may hold (64 MiB)");
        Refusal.AssertOneLine(CliRunner.Run("inspect", cut), "cut.0.et", "is truncated: message 2 at byte 9 declares 67108863 bytes but only 3 remain");
    }

    [Fact]
    public void A_chakra_file_of_more_nodes_than_a_file_may_hold_is_refused()
    {
        // A valid start, then empty node messages (a zero length each) for as many bytes as the limit allows, and one.
        var file = _dir.File("zeros.0.et");
        using (var stream = File.Create(file))
        {
            stream.Write([0x05, 0x0A, 0x03, (byte)'0', (byte)'.', (byte)'1', 0x02, 0x08, 0x01]);
            stream.SetLength(stream.Length + TraceLimits.MaxEvents + 1);
        }

        Refusal.AssertOneLine(CliRunner.Run("inspect", file), "zeros.0.et", "holds more than 10,000,000 events");
    }

    /// <summary>A Kineto file of <paramref name="count"/> copies of one event (written with its comma) and a last one.</summary>
    private string Repeating(string name, string oneEvent, int count) => Gzip(name, s =>
    {
        s.Write("{\"schemaVersion\": 1, \"traceEvents\": ["u8);
        var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(oneEvent, 1_000)));
        for (var i = 0; i < count / 1_000; i++)
        {
            s.Write(block);
        }

        s.Write(block.AsSpan(0, count % 1_000 * oneEvent.Length));
        s.Write("{\"ph\": \"i\"}]}"u8);
    });

    /// <summary>A Kineto file: one ProfilerStep span over everything, then the events <paramref name="events"/>
    /// writes (each followed by a comma).</summary>
    private string Kineto(string name, Action<Stream> events) => Gzip(name, s =>
    {
        s.Write("{\"schemaVersion\": 1, \"traceEvents\": [{\"ph\": \"X\", \"cat\": \"user_annotation\", \"name\": \"ProfilerStep#1\", \"pid\": 1, \"tid\": 1, \"ts\": 1, \"dur\": 100000000},"u8);
        events(s);
        s.Write("{\"ph\": \"i\"}]}"u8);
    });

    private static void WriteOps(Stream s, int count, Func<int, (long Ts, long Dur)> time)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var (ts, dur) = time(i);
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{{\"ph\": \"X\", \"cat\": \"cpu_op\", \"name\": \"aten::mm\", \"pid\": 1, \"tid\": 2, \"ts\": {ts}, \"dur\": {dur}}},");
            if (text.Length > 1 << 20)
            {
                s.Write(Encoding.ASCII.GetBytes(text.ToString()));
                text.Clear();
            }
        }

        s.Write(Encoding.ASCII.GetBytes(text.ToString()));
    }

    [Fact]
    public void Events_nested_deeper_than_any_profiler_records_are_refused()
    {
        // Each event starts one microsecond after the one enclosing it and ends one before.
        var file = Kineto("deep.json.gz", s => WriteOps(s, TraceLimits.MaxNesting + 1, i => (2 + i, 2 * (TraceLimits.MaxNesting + 1 - i))));
        Refusal.AssertOneLine(CliRunner.Run("inspect", file), "deep.json.gz", "nests events more than 10,000 deep on thread 2");

        var shallow = Kineto("shallow.json.gz", s => WriteOps(s, TraceLimits.MaxNesting, i => (2 + i, 2 * (TraceLimits.MaxNesting + 1 - i))));
        Assert.DoesNotContain("nests events", CliRunner.Run("inspect", shallow).Stderr);
    }

    [Fact]
    public void A_step_of_more_ops_than_a_step_may_hold_is_refused_before_they_are_held()
    {
        var file = Kineto("wide.json.gz", s => WriteOps(s, TraceLimits.MaxOpsPerStep + 1, i => (2 + i, 1)));
        Refusal.AssertOneLine(CliRunner.Run("inspect", file), "wide.json.gz", "holds more than 1,000,000 ops per ProfilerStep span, the most one step may");
    }

    [Fact]
    public void A_trace_builder_refuses_a_step_of_more_ops_than_a_step_may_hold()
    {
        var builder = new TraceBuilder("test", "wide");
        var node = builder.Node("worker", NodeRole.Worker, 0);
        var device = builder.Device("worker/CPU:0", node);
        var lane = builder.Lane(device, "ops");
        builder.BeginStep();
        for (var i = 0; i < TraceLimits.MaxOpsPerStep; i++)
        {
            builder.Op(new TraceOp { Name = $"op{i}", Type = "MatMul", Kind = OpKind.Compute, Node = node, Device = device, Lane = lane, StartNs = i, EndNs = i + 1 });
        }

        var error = Assert.Throws<InvalidTraceException>(() =>
            builder.Op(new TraceOp { Name = "one more", Type = "MatMul", Kind = OpKind.Compute, Node = node, Device = device, Lane = lane, StartNs = 0, EndNs = 1 }));
        Assert.Contains("step 0 holds more than 1,000,000 ops", error.Message);
    }

    [Fact]
    public void More_steps_than_a_trace_may_hold_are_refused()
    {
        var file = Repeating("steps.json.gz", "{\"ph\": \"X\", \"cat\": \"user_annotation\", \"name\": \"ProfilerStep#1\", \"pid\": 1, \"tid\": 1, \"ts\": 1, \"dur\": 1},", TraceLimits.MaxSteps + 1);

        Refusal.AssertOneLine(CliRunner.Run("inspect", file), "steps.json.gz", "holds more than 100,000 steps, the most a trace may");
    }

    [Fact]
    public void A_chakra_file_of_more_nodes_than_a_step_may_hold_is_refused_before_they_are_decoded()
    {
        var file = _dir.File("wide.0.et");
        using (var stream = new BufferedStream(File.Create(file), 1 << 20))
        {
            stream.Write([0x05, 0x0A, 0x03, (byte)'0', (byte)'.', (byte)'1']);
            Span<byte> node = [0x05, 0x08, 0x00, 0x12, 0x01, (byte)'a'];
            for (var i = 0; i <= TraceLimits.MaxOpsPerStep; i++)
            {
                node[2] = (byte)(i & 0x7F); // the id's value does not matter before the count is checked
                stream.Write(node);
            }
        }

        Refusal.AssertOneLine(CliRunner.Run("inspect", file), "wide.0.et", "holds 1,000,001 nodes; a Chakra trace is one step of one rank, and a step may hold at most 1,000,000 ops");
    }

    [Fact]
    public void A_run_metadata_file_larger_than_a_protobuf_message_may_be_is_refused()
    {
        var folder = _dir.File("steps");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "step-0000.runmeta.pb");
        using (var stream = File.Create(file))
        {
            stream.Write(RunMetadataBuilder.SimpleStep(1_000).ToBytes());
            stream.SetLength(3L << 30);
        }

        Refusal.AssertOneLine(CliRunner.Run("inspect", folder), "step-0000.runmeta.pb", "a RunMetadata is a single protobuf message, which cannot exceed 2 GiB");
    }
    [Fact]
    public void SGDSIM_MAX_EVENTS_sets_the_event_limit_and_a_value_that_is_not_a_count_is_refused()
    {
        var trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

        // In a process of its own: the limit is read once per process.
        Refusal.AssertOneLine(RunWith("3", "inspect", trace), ".json.gz: holds more than 3 events, the most a trace file may as SGDSIM_MAX_EVENTS sets it");
        Refusal.AssertOneLine(RunWith("lots", "inspect", trace), "SGDSIM_MAX_EVENTS: 'lots' is not a whole number of events");
        Assert.Equal(0, RunWith("20000000", "inspect", trace).ExitCode);
    }

    private static CliRunner.Result RunWith(string maxEvents, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(SgdSim.Cli.SgdSimCli).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[TraceLimits.MaxEventsVariable] = maxEvents;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRunner.Result(process.ExitCode, stdout.Result, stderr);
    }
}
