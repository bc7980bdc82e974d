using CsCheck;
using SgdSim.Analysis;
using SgdSim.Graph;
using SgdSim.Reports;
using SgdSim.Tests.Support;
using SgdSim.Traces;
using static SgdSim.Tests.Support.RunMetadataBuilder;

namespace SgdSim.Tests;

/// <summary>Properties of import and graph over randomly generated, causally consistent PS steps.</summary>
public sealed class TracePropertyTests
{
    /// <summary>A random PS job step: parameter sizes and per-layer compute times (µs).</summary>
    private sealed record Job(long[] Bytes, long[] Compute, long PullMicros, long Gap);

    private static readonly Gen<Job> Jobs =
        from layers in Gen.Int[1, 12]
        from bytes in Gen.Long[1, 50_000_000].Array[layers]
        from compute in Gen.Long[1, 20_000].Array[layers]
        from pull in Gen.Long[1, 50_000]
        from gap in Gen.Long[0, 1_000]
        select new Job(bytes, compute, pull, gap);

    /// <summary>Writes one step: pull every layer at once, forward in order, backward in reverse, push and apply each.</summary>
    private static RunMetadataBuilder Step(Job job, long t0)
    {
        var b = new RunMetadataBuilder();
        var n = job.Bytes.Length;
        var edge = 1;
        var t = t0;
        var previous = "input";
        for (var i = 0; i < n; i++)
        {
            b.Op(Ps, $"w{i}/read = Identity(w{i})", t0, 1);
            b.Recv(Worker, $"edge_{edge}_w{i}/read", Ps, Worker, job.Bytes[i], t0, job.PullMicros * (i + 1));
            var start = Math.Max(t, t0 + job.PullMicros * (i + 1)) + job.Gap;
            b.Op(Worker, $"f{i} = MatMul({previous}, w{i}/read_S{edge})", start, job.Compute[i]);
            t = start + job.Compute[i];
            previous = $"f{i}";
            edge++;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            b.Op(Worker, $"gradients/w{i}_grad = MatMulGrad({previous})", t, job.Compute[i]);
            t += job.Compute[i];
            previous = $"gradients/w{i}_grad";
            b.Recv(Ps, $"edge_{edge}_gradients/w{i}_grad", Worker, Ps, job.Bytes[i], t, job.PullMicros);
            b.Op(Ps, $"update_w{i}/ApplyGradientDescent = ApplyGradientDescent(w{i}, lr, gradients/w{i}_grad_S{edge})", t + job.PullMicros, 1);
            edge++;
        }

        return b;
    }

    private static Trace Import(Job job)
    {
        using var dir = new TempDir();
        Step(job, 1_000_000).WriteTo(dir.Path, 0);
        return TraceReader.Read(dir.Path);
    }

    [Fact]
    public void Every_op_is_imported_once_and_every_parameter_byte_is_counted_each_way()
    {
        Jobs.Sample(job =>
        {
            var trace = Import(job);
            var step = trace.Steps.Single();
            var n = job.Bytes.Length;
            // Per layer: a PS read, a pull, a forward op, a gradient op, a push and an apply.
            Assert.Equal(6 * n, step.Ops.Count);
            Assert.Equal(step.Ops.Count, step.Ops.Select(o => (o.Device, o.Name)).Distinct().Count());
            var summary = TraceSummary.Of(trace);
            Assert.Equal(n, summary.ParameterCount);
            Assert.Equal(job.Bytes.Sum(), summary.ParameterBytes);
            Assert.Equal(job.Bytes.Sum(), summary.BytesToWorkersPerStep);
            Assert.Equal(job.Bytes.Sum(), summary.BytesToPsPerStep);
        }, iter: 60);
    }

    [Fact]
    public void The_topological_order_respects_every_edge_and_the_critical_path_fits_in_the_step()
    {
        Jobs.Sample(job =>
        {
            var trace = Import(job);
            var step = trace.Steps.Single();
            var graph = StepGraph.Build(trace, step);

            var position = new int[step.Ops.Count];
            for (var i = 0; i < graph.TopologicalOrder.Count; i++)
            {
                position[graph.TopologicalOrder[i]] = i;
            }

            Assert.All(graph.Graph.Edges, e => Assert.True(position[e.Source] < position[e.Target]));
            var path = graph.CriticalPath();
            Assert.InRange(path.LengthNs, step.Ops.Max(o => o.DurationNs), step.DurationNs);
            for (var i = 1; i < path.Ops.Count; i++)
            {
                Assert.True(graph.Graph.ContainsEdge(path.Ops[i - 1], path.Ops[i]));
            }

            // Each forward and backward op waits on the one before it: the path holds every compute op.
            Assert.True(path.LengthNs >= job.Compute.Sum() * 2 * 1000);
        }, iter: 60);
    }

    [Fact]
    public void Inspect_prints_the_same_bytes_on_every_run()
    {
        using var dir = new TempDir();
        var job = new Job([4096, 1 << 20, 12], [100, 300, 50], 400, 5);
        for (var k = 0; k < 3; k++)
        {
            Step(job, 1_000_000 + k * 100_000).WriteTo(dir.Path, k);
        }

        var first = CliRunner.Run("inspect", dir.Path, "--json");
        var second = CliRunner.Run("inspect", dir.Path, "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
    }
}
