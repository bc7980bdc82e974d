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
        var file = Gzip("many.json.gz", s =>
        {
            s.Write("{\"schemaVersion\": 1, \"traceEvents\": ["u8);
            var events = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"ph\": \"X\", \"name\": \"a\", \"pid\": 1, \"tid\": 1, \"ts\": 1, \"dur\": 1},", 10_000)));
            for (var i = 0; i <= TraceLimits.MaxEvents / 10_000; i++)
            {
                s.Write(events);
            }

            s.Write("{\"ph\": \"i\"}]}"u8);
        });

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
