using System.Diagnostics;
using System.Text.Json;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>
/// The trace <c>predict --out DIR</c> writes, opened by the trace engine of Chrome DevTools' Performance panel (the npm
/// package <c>@paulirish/trace_engine</c>, installed in <c>tests/trace-viewers</c> by <c>npm ci</c>): every flow arrow
/// the file holds is one the engine draws. The engine binds a flow event only to a slice of the same thread, category
/// and timestamp, and drops a flow whose two ends share a timestamp, which Perfetto's importer does not mind.
/// </summary>
public sealed class DevToolsTraceTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [TraceEngineTheory]
    [InlineData("traces/pytorch-rpc-mlp")]
    [InlineData("traces/measured/mlp-b32-200mbit/trace", "--ps", "2", "--policy", "p3")]
    public void DevTools_draws_every_flow_arrow_of_the_trace(string trace, params string[] scenario)
    {
        var output = _dir.File("out");
        var result = CliRunner.Run(["predict", Path.Combine(Paths.RepositoryRoot, trace), "--workers", "3", "--replicas", "1", "--steps", "6", "--trace-workers", "3", "--out", output, .. scenario]);
        Assert.Equal(0, result.ExitCode);

        using var counts = JsonDocument.Parse(TraceEngineTheoryAttribute.Run(Path.Combine(output, "trace.json")));
        var flowEvents = counts.RootElement.GetProperty("flow_events").GetInt32();
        Assert.True(flowEvents > 0, "the trace holds no flow events");
        Assert.Equal(flowEvents / 2, counts.RootElement.GetProperty("flows").GetInt32());
        Assert.Equal([2], counts.RootElement.GetProperty("events_per_flow").EnumerateArray().Select(e => e.GetInt32()));
    }
}

/// <summary>A theory that needs Node.js and the packages of <c>tests/trace-viewers</c>; skipped where they are absent.</summary>
internal sealed class TraceEngineTheoryAttribute : TheoryAttribute
{
    private static string Folder => Path.Combine(Paths.RepositoryRoot, "tests", "trace-viewers");

    public TraceEngineTheoryAttribute()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@paulirish", "trace_engine")))
        {
            Skip = "tests/trace-viewers has no node_modules: run 'npm ci' there (.ci/run does).";
        }
    }

    /// <summary>Runs <c>devtools-flows.mjs</c> on <paramref name="trace"/> and returns the line it prints.</summary>
    public static string Run(string trace)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("devtools-flows.mjs");
        start.ArgumentList.Add(trace);
        using var node = Process.Start(start)!;
        var stderr = node.StandardError.ReadToEndAsync();
        var stdout = node.StandardOutput.ReadToEnd();
        Assert.True(node.WaitForExit(TimeSpan.FromMinutes(2)), "the trace engine did not finish in 2 minutes");
        Assert.True(node.ExitCode == 0, $"node devtools-flows.mjs exited with {node.ExitCode}: {stderr.Result}");
        return stdout;
    }
}
