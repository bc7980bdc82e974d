using System.Text.Json;
using SgdSim.Calibration;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

/// <summary>
/// The synthetic multi-node trace, checked against what Perfetto's JSON importer needs: named processes and threads,
/// complete events in microseconds that never partly overlap on a thread, and flow arrows whose ends match.
/// </summary>
public sealed class ChromeTraceWriterTests
{
    private static readonly Lazy<JobModel> Model = new(() =>
        Calibrator.Calibrate(TraceReader.Read(Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"))));

    private static readonly Lazy<Recorded> ConnectionQueues = new(() => Record(flowPerMessage: false));

    private sealed record Recorded(SimulationOptions Options, List<SimulatedSpan> Spans, JsonDocument Json);

    private sealed record Event(int Index, string Ph, string Name, int Pid, int Tid, decimal Ts, decimal Dur, JsonElement Element);

    private static Recorded Record(bool flowPerMessage)
    {
        var options = new SimulationOptions(3, Steps: 4, WarmupSteps: 1, RecordWorkers: 2, FlowPerMessage: flowPerMessage);
        var simulation = new ClusterSimulation(Model.Value, options);
        simulation.Run();
        using var stream = new MemoryStream();
        ChromeTraceWriter.Write(stream, Model.Value, simulation.Recording!, options);
        return new Recorded(options, simulation.Recording!, JsonDocument.Parse(stream.ToArray()));
    }

    private static List<Event> Events(JsonDocument json) =>
    [
        .. json.RootElement.GetProperty("traceEvents").EnumerateArray().Select((e, i) => new Event(
            i,
            e.GetProperty("ph").GetString()!,
            e.GetProperty("name").GetString()!,
            e.GetProperty("pid").GetInt32(),
            e.GetProperty("tid").GetInt32(),
            e.TryGetProperty("ts", out var ts) ? ts.GetDecimal() : 0,
            e.TryGetProperty("dur", out var dur) ? dur.GetDecimal() : 0,
            e)),
    ];

    private static Dictionary<(int Pid, int Tid), string> ThreadNames(List<Event> events) =>
        events.Where(e => e.Ph == "M" && e.Name == "thread_name").ToDictionary(e => (e.Pid, e.Tid), e => e.Element.GetProperty("args").GetProperty("name").GetString()!);

    [Fact]
    public void Every_process_and_thread_that_holds_an_event_is_named()
    {
        var events = Events(ConnectionQueues.Value.Json);
        var processes = events.Where(e => e.Ph == "M" && e.Name == "process_name").ToDictionary(e => e.Pid, e => e.Element.GetProperty("args").GetProperty("name").GetString());
        var threads = ThreadNames(events);

        Assert.Equal(new Dictionary<int, string?> { [1] = "worker 0", [2] = "worker 1", [3] = "parameter server" }, processes);
        Assert.All(events.Where(e => e.Ph != "M"), e => Assert.True(threads.ContainsKey((e.Pid, e.Tid)), $"{e.Ph} '{e.Name}' on unnamed thread {e.Pid}/{e.Tid}"));
        Assert.Equal(threads.Count, threads.Keys.Select(k => k.Tid).Distinct().Count()); // thread ids unique across processes
        foreach (var worker in new[] { 1, 2 })
        {
            var names = threads.Where(t => t.Key.Pid == worker).Select(t => t.Value).ToArray();
            Assert.Contains("compute lane 0", names);
            Assert.Contains("NIC receive (from parameter server)", names);
            Assert.Contains("NIC send (to parameter server)", names);
        }

        Assert.Equal(
            ["NIC receive ← worker 0", "NIC receive ← worker 1", "NIC send → worker 0", "NIC send → worker 1", "executor"],
            threads.Where(t => t.Key.Pid == 3).Select(t => t.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Complete_events_have_a_non_negative_duration_in_microseconds_at_the_simulated_times()
    {
        var recorded = ConnectionQueues.Value;
        var complete = Events(recorded.Json).Where(e => e.Ph == "X").ToList();
        var model = Model.Value;

        Assert.All(complete, e => Assert.True(e.Dur >= 0, $"'{e.Name}' lasts {e.Dur}"));
        Assert.All(complete, e => Assert.Equal(JsonValueKind.Number, e.Element.GetProperty("ts").ValueKind));

        // Each op the workers and the server ran is there once, from its start to its end, in µs to 1/8 µs.
        var ops = recorded.Spans.Where(s => model.Kinds[s.Task] is not (TaskKind.Pull or TaskKind.Push)).ToList();
        var shown = complete.Where(e => e.Element.GetProperty("cat").GetString() is "compute" or "server" or "update")
            .ToLookup(e => (e.Name, Worker: e.Element.GetProperty("args").GetProperty("worker").GetInt32(), Step: e.Element.GetProperty("args").GetProperty("step").GetInt32()));
        Assert.Equal(ops.Count, shown.Sum(g => g.Count()));
        Assert.All(ops, span =>
        {
            var e = Assert.Single(shown[(model.Names[span.Task], span.Worker, span.Step)]);
            Assert.InRange(e.Ts, span.StartNs / 1000m - 0.0625m, span.StartNs / 1000m + 0.0625m);
            Assert.InRange(e.Ts + e.Dur, span.EndNs / 1000m - 0.0625m, span.EndNs / 1000m + 0.0625m);
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void No_two_complete_events_on_one_thread_partly_overlap(bool flowPerMessage)
    {
        var recorded = flowPerMessage ? Record(flowPerMessage: true) : ConnectionQueues.Value;

        foreach (var thread in Events(recorded.Json).Where(e => e.Ph == "X").GroupBy(e => (e.Pid, e.Tid)))
        {
            // Perfetto nests a slice inside the one open on its thread; it cannot show one that sticks out of it.
            var open = new Stack<Event>();
            foreach (var e in thread.OrderBy(e => e.Ts).ThenByDescending(e => e.Dur))
            {
                while (open.Count > 0 && open.Peek().Ts + open.Peek().Dur <= e.Ts)
                {
                    open.Pop();
                }

                if (open.TryPeek(out var parent))
                {
                    Assert.True(e.Ts + e.Dur <= parent.Ts + parent.Dur, $"'{e.Name}' at {e.Ts} µs sticks out of '{parent.Name}' on thread {thread.Key}");
                }

                open.Push(e);
            }
        }
    }

    [Fact]
    public void Every_transfer_shows_on_the_senders_and_the_receivers_NIC_joined_by_one_flow_arrow()
    {
        var recorded = ConnectionQueues.Value;
        var events = Events(recorded.Json);
        var threads = ThreadNames(events);
        var complete = events.Where(e => e.Ph == "X").ToLookup(e => (e.Pid, e.Tid));
        var starts = events.Where(e => e.Ph == "s").ToDictionary(e => e.Element.GetProperty("id").GetInt32());
        var ends = events.Where(e => e.Ph == "f").ToDictionary(e => e.Element.GetProperty("id").GetInt32());
        var transfers = recorded.Spans.Count(s => Model.Value.Kinds[s.Task] is TaskKind.Pull or TaskKind.Push);

        Assert.Equal(transfers, starts.Count);
        Assert.Equal(starts.Keys.Order(), ends.Keys.Order());
        foreach (var (id, s) in starts)
        {
            var f = ends[id];
            Assert.Equal((s.Name, s.Name), (f.Name, f.Element.GetProperty("cat").GetString()));
            Assert.Equal(s.Name, s.Element.GetProperty("cat").GetString());
            Assert.Equal("e", f.Element.GetProperty("bp").GetString());
            Assert.True(s.Index < f.Index, $"flow {id} ends before it starts in the file");

            // Each end sits at the start of a slice of the same transfer on a NIC lane (the sender's send, the
            // receiver's receive), the receiver's later by the message latency, as Chrome DevTools binds flow events.
            var from = Assert.Single(complete[(s.Pid, s.Tid)], x => x.Ts == s.Ts && x.Element.GetProperty("cat").GetString() == s.Name);
            var to = Assert.Single(complete[(f.Pid, f.Tid)], y => y.Ts == f.Ts && y.Element.GetProperty("cat").GetString() == f.Name);
            Assert.Equal(from.Name, to.Name);
            var latencyUs = ((s.Name == "pull" ? Model.Value.DownLatencyNs : Model.Value.UpLatencyNs) + 62) / 125 * 0.125m; // on the 1/8 µs grid
            Assert.Equal((to.Ts - from.Ts, to.Dur), latencyUs > 0 ? (latencyUs, from.Dur) : (0.125m, from.Dur - 0.125m));
            Assert.Contains("NIC send", threads[(s.Pid, s.Tid)]);
            Assert.Contains("NIC receive", threads[(f.Pid, f.Tid)]);
            Assert.Equal(s.Name == "pull", s.Pid == 3);
            Assert.True(from.Element.GetProperty("args").GetProperty("bytes").GetInt64() > 0);
            Assert.True(from.Ts >= from.Element.GetProperty("args").GetProperty("requested_us").GetDecimal(), "on the wire before it was requested");
        }
    }

    [Fact]
    public void The_trace_is_written_atomically_to_a_file_and_says_what_was_simulated()
    {
        using var dir = new TempDir();
        var recorded = ConnectionQueues.Value;

        ChromeTraceWriter.Write(dir.File("trace.json"), Model.Value, recorded.Spans, recorded.Options);

        using var json = JsonDocument.Parse(File.ReadAllBytes(dir.File("trace.json")));
        var other = json.RootElement.GetProperty("otherData");
        Assert.Equal((3, 2), (other.GetProperty("workers_simulated").GetInt32(), other.GetProperty("workers_shown").GetInt32()));
        Assert.Equal(["trace.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_span_of_a_worker_that_was_not_recorded_is_refused()
    {
        var options = new SimulationOptions(3, RecordWorkers: 1);

        Assert.Throws<ArgumentException>(() => ChromeTraceWriter.Write(Stream.Null, Model.Value, [new SimulatedSpan(1, 0, 0, 0, 10)], options));
    }
}
