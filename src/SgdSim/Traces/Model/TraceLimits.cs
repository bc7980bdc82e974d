namespace SgdSim.Traces;

/// <summary>
/// What one trace file may hold, so that a file whose size or content says otherwise (a gzip bomb, a length field of
/// gigabytes, millions of events where a profiler writes thousands) is refused in one sentence naming the limit,
/// instead of taking the memory it asks for. Real traces stay far below every one of them.
/// </summary>
public static class TraceLimits
{
    /// <summary>The largest single JSON value the streaming readers hold at once (an event, or a top-level property
    /// they skip), and the largest Chakra message: 64 MiB.</summary>
    public const int MaxValueBytes = 64 << 20;

    /// <summary>The most events one JSON trace file, or nodes one Chakra file, may hold by default: 10,000,000.</summary>
    public const int DefaultMaxEvents = 10_000_000;

    /// <summary>The environment variable that raises (or lowers) <see cref="MaxEvents"/>: a profile of more events
    /// than the default is rare but real, and its memory is the user's to spend.</summary>
    public const string MaxEventsVariable = "SGDSIM_MAX_EVENTS";

    /// <summary>The most events one JSON trace file, or nodes one Chakra file, may hold: <see cref="DefaultMaxEvents"/>,
    /// or the whole number <see cref="MaxEventsVariable"/> gives (read once per process).</summary>
    /// <exception cref="InvalidInputException">The variable is set to something other than a whole number from 1 to
    /// 2,000,000,000.</exception>
    public static int MaxEvents => EventLimit.Value;

    private static readonly Lazy<int> EventLimit = new(() =>
    {
        var text = Environment.GetEnvironmentVariable(MaxEventsVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultMaxEvents;
        }

        // Event counts are ints throughout the readers; 2e9 leaves them room to count past the limit.
        return int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 2_000_000_000
            ? n
            : throw new InvalidInputException(MaxEventsVariable, $"'{text}' is not a whole number of events from 1 to 2,000,000,000.");
    });

    /// <summary>The most characters of distinct names (ops, devices, tensors) a trace may hold: 192 million, 384 MiB.</summary>
    public const long MaxNameChars = 192_000_000;

    /// <summary>The most bytes a compressed trace may expand to: 8 GiB.</summary>
    public const long MaxDecompressedBytes = 8L << 30;

    /// <summary>The most steps a trace may hold: 100,000. A profile covers a few to a few hundred steps; each step
    /// costs its ops' tables however small it is.</summary>
    public const int MaxSteps = 100_000;

    /// <summary>The refusal of <paramref name="file"/> for holding more than <see cref="MaxSteps"/> steps.</summary>
    public static InvalidTraceException TooManySteps(string file) =>
        new(file, $"holds more than {MaxSteps:N0} steps, the most a trace may; profile a few steps of the job, not all of them.");

    /// <summary>The most ops one step may hold: 1,000,000. A step of the largest models holds tens of thousands;
    /// everything downstream (step graphs, calibration, the replay) holds a step's ops several times over.</summary>
    public const int MaxOpsPerStep = 1_000_000;

    /// <summary>The most events that may enclose one another on one thread: 10,000. Profilers nest a few dozen
    /// deep (Python call stacks a few hundred); the importer keeps one entry per enclosing event.</summary>
    public const int MaxNesting = 10_000;

    /// <summary>The refusal of <paramref name="file"/> when an event on <paramref name="thread"/> lies inside
    /// <see cref="MaxNesting"/> others.</summary>
    public static InvalidTraceException TooDeep(string file, string thread) =>
        new(file, $"nests events more than {MaxNesting:N0} deep on {thread}, deeper than any profiler records; an event should end before the one that encloses it does.");

    /// <summary>Refuses <paramref name="file"/> once it holds more than <see cref="MaxEvents"/> events.</summary>
    public static void CheckEventCount(string file, int events)
    {
        if (events > MaxEvents)
        {
            var limit = MaxEvents;
            throw new InvalidTraceException(file,
                $"holds more than {limit:N0} events, the most a trace file may{(limit == DefaultMaxEvents ? "" : $" as {MaxEventsVariable} sets it")} (split the profile into shorter ones, or set {MaxEventsVariable} to a higher count, which takes memory in proportion).");
        }
    }

    /// <summary>The stream <paramref name="decompressed"/> of <paramref name="file"/>, refused once it has given more
    /// than <see cref="MaxDecompressedBytes"/>.</summary>
    public static Stream Bounded(string file, Stream decompressed) => new BoundedStream(file, decompressed);

    private sealed class BoundedStream(string file, Stream inner) : ReadOnlyWrapperStream(inner)
    {
        private long _read;

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(Inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(Inner.Read(buffer));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        private int Count(int n)
        {
            _read += n;
            if (_read > MaxDecompressedBytes)
            {
                throw new InvalidTraceException(file, $"expands to more than {MaxDecompressedBytes >> 30} GiB when decompressed, the most a compressed trace may.");
            }

            return n;
        }
    }
}
