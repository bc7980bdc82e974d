using System.Text.Json;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// The trace <c>predict --out DIR</c> writes to DIR/trace.json, read as Perfetto's JSON importer reads it: a JSON
/// object with a traceEvents array; every process and thread an event uses named by a metadata event; complete events
/// with non-negative durations; flow arrows whose start and end pair up by (id, cat, name) and bind, as the importer
/// binds them, to the topmost slice open on their thread at their timestamp — a slice that holds that timestamp;
/// timestamps in microseconds.
/// </summary>
public sealed class PerfettoTraceTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private sealed record Event(int Index, string Ph, string Name, string? Cat, int Pid, int Tid, double Ts, double Dur, JsonElement Element)
    {
        public double End => Ts + Dur;
    }

    private static List<Event> Events(JsonElement root) =>
    [
        .. root.GetProperty("traceEvents").EnumerateArray().Select((e, i) => new Event(
            i,
            e.GetProperty("ph").GetString()!,
            e.GetProperty("name").GetString()!,
            e.TryGetProperty("cat", out var cat) ? cat.GetString() : null,
            e.GetProperty("pid").GetInt32(),
            e.GetProperty("tid").GetInt32(),
            e.TryGetProperty("ts", out var ts) ? ts.GetDouble() : double.NaN,
            e.TryGetProperty("dur", out var dur) ? dur.GetDouble() : double.NaN,
            e)),
    ];

    private JsonDocument PredictTrace(string trace, params string[] more)
    {
        var output = _dir.File("out");
        var result = CliRunner.Run(["predict", trace, "--out", output, .. more]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "trace.json")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2, "--ps", "2")]
    [InlineData(3, "--ps", "3", "--placement", "greedy-bytes", "--policy", "p3")]
    [InlineData(1, "--mode", "sync", "--policy", "tic")]
    [InlineData(0, "--mode", "allreduce")]
    public void The_trace_predict_writes_is_what_Perfettos_json_importer_expects(int servers, params string[] scenario)
    {
        using var json = PredictTrace(Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp"), ["--workers", "3", "--replicas", "1", "--steps", "8", "--trace-workers", "2", .. scenario]);
        var root = json.RootElement;
        var processNames = root.GetProperty("traceEvents").EnumerateArray()
            .Where(e => e.GetProperty("ph").GetString() == "M" && e.GetProperty("name").GetString() == "process_name")
            .Select(e => e.GetProperty("args").GetProperty("name").GetString()!).ToArray();
        Assert.Equal(2, processNames.Count(p => p.StartsWith("worker ", StringComparison.Ordinal)));
        Assert.Equal(servers, processNames.Count(p => p.StartsWith("parameter server", StringComparison.Ordinal)));

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("traceEvents").ValueKind);
        if (root.TryGetProperty("displayTimeUnit", out var unit))
        {
            Assert.Contains(unit.GetString(), new[] { "ms", "ns" });
        }

        var events = Events(root);
        Assert.All(events, e => Assert.Contains(e.Ph, new[] { "M", "X", "s", "f" }));
        var metadata = events.Where(e => e.Ph == "M").ToList();
        var timed = events.Where(e => e.Ph != "M").ToList();
        Assert.NotEmpty(timed);

        // Names: every pid and every (pid, tid) an event uses, with a non-empty args.name.
        string? NameOf(Event m) => m.Element.GetProperty("args").GetProperty("name").GetString();
        var processes = metadata.Where(m => m.Name == "process_name").ToDictionary(m => m.Pid, NameOf);
        var threads = metadata.Where(m => m.Name == "thread_name").ToDictionary(m => (m.Pid, m.Tid), NameOf);
        Assert.All(timed, e => Assert.False(string.IsNullOrEmpty(processes.GetValueOrDefault(e.Pid)), $"pid {e.Pid} has no process_name"));
        Assert.All(timed, e => Assert.False(string.IsNullOrEmpty(threads.GetValueOrDefault((e.Pid, e.Tid))), $"{e.Pid}/{e.Tid} has no thread_name"));

        // Times: numbers, in µs, complete events of non-negative duration.
        Assert.All(timed, e => Assert.Equal(JsonValueKind.Number, e.Element.GetProperty("ts").ValueKind));
        Assert.All(timed, e => Assert.True(e.Ts >= 0, $"'{e.Name}' at {e.Ts}"));
        var complete = timed.Where(e => e.Ph == "X").ToList();
        Assert.All(complete, e => Assert.Equal(JsonValueKind.Number, e.Element.GetProperty("dur").ValueKind));
        Assert.All(complete, e => Assert.True(e.Dur >= 0, $"'{e.Name}' lasts {e.Dur}"));

        // Flows: exactly one start and one end per (id, cat, name), the start first, the end binding to its enclosing slice.
        var flows = timed.Where(e => e.Ph is "s" or "f").GroupBy(e => (Id: e.Element.GetProperty("id").GetInt64(), e.Cat, e.Name)).ToList();
        Assert.Equal(servers > 0, flows.Count > 0); // all-reduce draws a gradient's ring rounds on its worker's NIC lane, without arrows
        var bound = BindFlows(timed);
        foreach (var flow in flows)
        {
            var start = Assert.Single(flow, e => e.Ph == "s");
            var end = Assert.Single(flow, e => e.Ph == "f");
            Assert.Equal(2, flow.Count());
            Assert.Equal("e", end.Element.GetProperty("bp").GetString());
            Assert.True(start.Index < end.Index && start.Ts <= end.Ts, $"flow {flow.Key} ends before it starts");

            var from = bound[start.Index];
            var to = bound[end.Index];
            Assert.True(from is not null && to is not null, $"flow {flow.Key} has no slice to bind to");
            Assert.InRange(start.Ts, from.Ts, from.End);
            Assert.InRange(end.Ts, to.Ts, to.End);
            Assert.NotEqual((from.Pid, from.Tid), (to.Pid, to.Tid));
            Assert.Equal(from.Name, to.Name); // both ends of one transfer, the receiver's as late as the bytes arrive
            Assert.True(from.Ts < to.Ts && from.End <= to.End, $"flow {flow.Key} arrives before it leaves");
            Assert.Contains("NIC send", threads[(from.Pid, from.Tid)], StringComparison.Ordinal);
            Assert.Contains("NIC receive", threads[(to.Pid, to.Tid)], StringComparison.Ordinal);
        }
    }

    // Perfetto sorts a JSON trace's events by timestamp (keeping file order among equal ones) and binds a flow event
    // to the slice on top of its thread's stack, which holds the complete events begun there and not yet ended.
    private static Dictionary<int, Event?> BindFlows(List<Event> timed)
    {
        var bound = new Dictionary<int, Event?>();
        foreach (var thread in timed.GroupBy(e => (e.Pid, e.Tid)))
        {
            var stack = new Stack<Event>();
            foreach (var e in thread.OrderBy(e => e.Ts).ThenBy(e => e.Index))
            {
                if (e.Ph == "X")
                {
                    while (stack.Count > 0 && stack.Peek().End <= e.Ts)
                    {
                        stack.Pop();
                    }

                    stack.Push(e);
                }
                else
                {
                    bound[e.Index] = stack.Count > 0 ? stack.Peek() : null;
                }
            }
        }

        return bound;
    }

    [Fact]
    public void Timestamps_are_the_simulated_nanoseconds_over_1000()
    {
        // One worker, one 1 MB parameter at 1 Gbit/s (8 ms on the wire), 50 µs latency, 2 ms of compute: step 0 pulls
        // on the wire from 50 µs to 8,050 µs, computes to 10,050 µs, and pushes from 10,100 µs to 18,100 µs.
        var model = Models.Chain(1_000_000, 0.125, 50_000, 2_000_000);
        var options = new SimulationOptions(1, Steps: 3, WarmupSteps: 1, RecordWorkers: 1);
        var simulation = new ClusterSimulation(model, options);
        simulation.Run();
        using var stream = new MemoryStream();

        ChromeTraceWriter.Write(stream, model, simulation.Recording!, options);

        using var json = JsonDocument.Parse(stream.ToArray());
        var stepZero = Events(json.RootElement).Where(e => e.Ph == "X" && e.Element.GetProperty("args").GetProperty("step").GetInt32() == 0).ToList();
        (double, double) Span(string name, string category) => stepZero.Where(e => e.Name == name && e.Cat == category).Select(e => (e.Ts, e.End)).Distinct().Single();
        Assert.Equal([(0.0, 8_000.0), (50.0, 8_050.0)], stepZero.Where(e => e.Name == "pull w").Select(e => (e.Ts, e.End)).Order()); // leaves the server, reaches the worker
        Assert.Equal((8_050.0, 10_050.0), Span("compute", "compute"));
        Assert.Equal([(10_050.0, 18_050.0), (10_100.0, 18_100.0)], stepZero.Where(e => e.Name == "push w").Select(e => (e.Ts, e.End)).Order());
        Assert.Equal((0.0, 18_100.0), Span("step 0", "step"));

        // And every complete event of the run lies on its span's nanoseconds / 1000, to the writer's 1/8 µs grid.
        var spans = simulation.Recording!;
        foreach (var e in Events(json.RootElement).Where(e => e.Ph == "X" && e.Cat is "compute"))
        {
            var step = e.Element.GetProperty("args").GetProperty("step").GetInt32();
            var span = spans.Single(s => s.Step == step && model.Names[s.Task] == e.Name);
            Assert.InRange(e.Ts, (span.StartNs / 1000.0) - 0.0625, (span.StartNs / 1000.0) + 0.0625);
            Assert.InRange(e.End, (span.EndNs / 1000.0) - 0.0625, (span.EndNs / 1000.0) + 0.0625);
        }
    }
}
