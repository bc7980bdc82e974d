using System.Globalization;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests.Traces;

/// <summary>
/// A format added from outside the library, in this one file: registered with <see cref="TraceFormats"/>, it is
/// recognised, read and shown through the same path as the built-in formats.
/// </summary>
public sealed class ToyFormatTests : IDisposable
{
    private readonly TempDir _dir = new();

    static ToyFormatTests() => TraceFormats.Register(ToyFormat.Instance);

    public void Dispose() => _dir.Dispose();

    // Two steps of a worker: each a forward and a backward op, the backward one taking the forward one's output.
    private string WriteToy() => Write("job.toy", """
        toy-trace 1
        step 0
        op fwd Forward 1000 4000
        op bwd Backward 4000 9000 fwd
        step 1
        op fwd Forward 10000 13000
        op bwd Backward 13000 19000 fwd
        """);

    private string Write(string name, string text)
    {
        var file = _dir.File(name);
        File.WriteAllText(file, text.ReplaceLineEndings("\n"));
        return file;
    }

    [Fact]
    public void A_registered_format_is_detected_from_its_first_bytes()
    {
        Assert.Equal("toy-trace", TraceReader.DetectFormat(WriteToy()));
        Assert.Same(ToyFormat.Instance, TraceFormats.Find("toy-trace"));
    }

    [Fact]
    public void A_registered_format_is_read_into_a_trace_through_the_common_reader()
    {
        var trace = TraceReader.Read(WriteToy());

        Assert.Equal("toy-trace", trace.Format);
        Assert.Equal(2, trace.Steps.Count);
        var bwd = Assert.Single(trace.Steps[1].Ops, o => o.Name == "bwd");
        Assert.Equal(13_000_000, bwd.StartNs);
        Assert.Equal(["fwd"], bwd.Inputs);
    }

    [Fact]
    public void Inspect_shows_a_trace_of_a_registered_format()
    {
        var result = CliRunner.Run("inspect", WriteToy());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Format     toy-trace", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Steps      2", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_of_an_unknown_file_lists_a_registered_format()
    {
        var result = CliRunner.Run("inspect", Write("notes.txt", "nothing to see\n"));

        Refusal.AssertOneLine(result, "notes.txt", "Toy line-per-op text");
    }

    [Fact]
    public void A_second_format_of_the_same_name_is_refused() =>
        Assert.Throws<ArgumentException>(() => TraceFormats.Register(new ToyFormat()));

    /// <summary>Text: a <c>toy-trace 1</c> header, then <c>step N</c> lines, each followed by its
    /// <c>op NAME TYPE START_US END_US [INPUT…]</c> lines, all on one worker's one thread.</summary>
    private sealed class ToyFormat : ITraceFormat
    {
        public static ToyFormat Instance { get; } = new();

        public string Name => "toy-trace";

        public string Description => "Toy line-per-op text";

        public bool Recognises(TraceHead head) => head.Bytes.Span.StartsWith("toy-trace "u8);

        public Trace Read(string path, TraceReadOptions options)
        {
            var builder = new TraceBuilder(Name, path);
            var node = builder.Node("/job:worker/replica:0/task:0", NodeRole.Worker, 0);
            var device = builder.Device("/job:worker/replica:0/task:0/device:CPU:0", node);
            var lane = builder.Lane(device, "main");
            var inStep = false;
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f is ["step", _])
                {
                    if (inStep)
                    {
                        builder.EndStep();
                    }

                    builder.BeginStep();
                    inStep = true;
                }
                else if (f is ["op", var name, var type, var start, var end, ..] && inStep)
                {
                    builder.Op(new TraceOp
                    {
                        Name = name,
                        Type = type,
                        Kind = OpKind.Compute,
                        Node = node,
                        Device = device,
                        Lane = lane,
                        StartNs = Micros(start),
                        EndNs = Micros(end),
                        Inputs = f[5..],
                    });
                }
                else
                {
                    throw new InvalidTraceException(path, $"has a line that is not a step or an op: '{line}'.");
                }
            }

            if (inStep)
            {
                builder.EndStep();
            }

            return builder.Build();
        }

        private static long Micros(string text) => long.Parse(text, CultureInfo.InvariantCulture) * 1000;
    }
}
