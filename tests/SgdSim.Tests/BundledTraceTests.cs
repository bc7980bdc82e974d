using SgdSim.Traces;
using SgdSim.Traces.TensorFlow;

namespace SgdSim.Tests;

/// <summary>
/// The synthetic ResNet-50 trace bundled in <c>traces/resnet50-synthetic</c> (written by
/// <c>samples/resnet50-trace</c>) imports as the model it claims to be.
/// </summary>
public sealed class BundledTraceTests
{
    private const int ResNet50Tensors = 161;
    private const long ResNet50Bytes = 102_228_128;

    private static readonly Lazy<Trace> Bundled = new(() => RunMetadataReader.Read(BundledPath));

    private static string BundledPath => Path.Combine(RepositoryRoot(), "traces", "resnet50-synthetic");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SgdSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SgdSim.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void The_bundled_ResNet50_trace_has_161_parameters_of_102228128_bytes_in_all()
    {
        var trace = Bundled.Value;

        Assert.Equal(RunMetadataReader.FormatName, trace.Format);
        Assert.Equal(ResNet50Tensors, trace.Parameters.Count);
        Assert.All(trace.Parameters, p => Assert.NotNull(p.Bytes));
        Assert.Equal(ResNet50Bytes, trace.Parameters.Sum(p => p.Bytes ?? 0));
        Assert.Contains(trace.Parameters, p => p.Name == "conv1/kernel" && p.Bytes == 7 * 7 * 3 * 64 * 4);
        Assert.Contains(trace.Parameters, p => p.Name == "fc1000/kernel" && p.Bytes == 2048 * 1000 * 4);
    }

    [Fact]
    public void Every_step_of_the_bundled_trace_pulls_161_parameters_and_pushes_161_gradients_of_all_the_bytes()
    {
        var trace = Bundled.Value;

        Assert.True(trace.Steps.Count >= 2, $"only {trace.Steps.Count} steps");
        Assert.False(trace.HasUnsizedTransfers);
        Assert.All(trace.Steps, step =>
        {
            var pulls = step.Ops.Where(o => o.Kind == OpKind.ParameterTransfer).ToList();
            var pushes = step.Ops.Where(o => o.Kind == OpKind.GradientTransfer).ToList();
            Assert.Equal(ResNet50Tensors, pulls.Count);
            Assert.Equal(ResNet50Tensors, pushes.Count);
            Assert.Equal(ResNet50Bytes, pulls.Sum(o => o.Bytes ?? 0));
            Assert.Equal(ResNet50Bytes, pushes.Sum(o => o.Bytes ?? 0));
        });
    }

    [Fact]
    public void Every_update_in_the_bundled_trace_names_its_parameter_and_every_parameter_is_updated_once_per_step()
    {
        var trace = Bundled.Value;
        var names = trace.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(trace.Steps, step =>
        {
            var updates = step.Ops.Where(o => o.Kind == OpKind.Update).ToList();
            Assert.All(updates, u => Assert.NotNull(u.Parameter));
            Assert.Equal(names, updates.Select(u => u.Parameter!).ToHashSet(StringComparer.Ordinal));
            Assert.Equal(ResNet50Tensors, updates.Count);
        });
        Assert.All(trace.Parameters, p => Assert.Equal($"update_{p.Name}/ApplyGradientDescent", p.UpdateOp));
    }

    [Fact]
    public void Every_op_of_the_bundled_trace_starts_no_earlier_than_its_inputs_end()
    {
        var trace = Bundled.Value;

        Assert.All(trace.Steps, step =>
        {
            var byName = new Dictionary<string, TraceOp>(StringComparer.Ordinal);
            foreach (var op in step.Ops)
            {
                byName.TryAdd(op.Name, op);
            }

            foreach (var op in step.Ops)
            {
                foreach (var input in op.Inputs)
                {
                    Assert.True(byName.ContainsKey(input), $"step {step.Index}: input {input} of {op.Name} is not an op of the step");
                    Assert.True(byName[input].EndNs <= op.StartNs, $"step {step.Index}: {op.Name} starts before its input {input} ends");
                }
            }

            // Each compute op that reads a variable waits for that variable's transfer.
            var computeWithParameters = step.Ops.Count(o =>
                o.Kind == OpKind.Compute && o.Inputs.Any(i => byName[i].Kind == OpKind.ParameterTransfer));
            Assert.True(computeWithParameters > 100, $"step {step.Index}: only {computeWithParameters} compute ops read a pulled variable");
        });
    }

    [Fact]
    public void The_bundled_trace_has_a_slower_warm_up_step_and_steady_steps_of_a_plausible_10_Gbit_length()
    {
        var trace = Bundled.Value;
        var steady = trace.Steps.Skip(1).Select(s => s.DurationNs / 1e6).ToList();

        // A step pulls and then pushes 102 MB over a 10 Gbit/s link (the two phases cannot overlap with one worker):
        // 164 ms at the full nominal rate, 172 ms at the trace's 95%; compute (~0.1 s) mostly hides under them.
        Assert.All(steady, ms => Assert.InRange(ms, 150.0, 250.0));
        Assert.True(trace.Steps[0].DurationNs / 1e6 > steady.Max(), "step 0 should be the slow warm-up step");

        // Consecutive steps follow one another without overlapping.
        for (var i = 1; i < trace.Steps.Count; i++)
        {
            Assert.True(trace.Steps[i].StartNs >= trace.Steps[i - 1].EndNs, $"step {i} starts before step {i - 1} ends");
        }
    }
}
