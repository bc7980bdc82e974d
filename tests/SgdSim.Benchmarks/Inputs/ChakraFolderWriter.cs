using SgdSim.Reports;
using SgdSim.Traces;
using SgdSim.Traces.TensorFlow;

namespace SgdSim.Benchmarks.Inputs;

/// <summary>
/// Writes ONE big training step of <see cref="PsJobModel"/> as a Chakra execution trace with
/// <see cref="ChakraWriter"/>: the step is built as TensorFlow's <c>RunMetadata</c> would give it, imported, and
/// exported as <c>job.0.et</c> (the worker) and <c>job.1.et</c> (the PS).
/// </summary>
internal static class ChakraFolderWriter
{
    /// <summary>Writes <paramref name="folder"/> with as many layers as it takes to reach <paramref name="targetBytes"/>.</summary>
    /// <returns>The layer count, the number of ops of the step and the files' total size.</returns>
    public static (int Layers, int Ops, long Bytes) Write(string folder, long targetBytes, int seed)
    {
        // Measure a small model to size the big one, then grow until the files are big enough.
        const int sampleLayers = 1000;
        long sampleBytes;
        using (var counter = new CountingStream())
        {
            var sample = Step(sampleLayers, seed);
            var graph = Graph.StepGraph.Build(sample, sample.Steps[0]);
            for (var node = 0; node < sample.Nodes.Count; node++)
            {
                ChakraWriter.WriteNode(graph, node, counter);
            }

            sampleBytes = counter.Length;
        }

        var layers = (int)Math.Ceiling(targetBytes * 1.01 / sampleBytes * sampleLayers);
        while (true)
        {
            var trace = Step(layers, seed);
            var files = ChakraWriter.Write(trace, 0, folder, "job");
            var bytes = files.Sum(f => new FileInfo(f.Path).Length);
            if (bytes >= targetBytes)
            {
                return (layers, trace.Steps[0].Ops.Count, bytes);
            }

            layers = (int)Math.Ceiling(layers * 1.02 * targetBytes / bytes);
        }
    }

    private static Trace Step(int layers, int seed)
    {
        var (metadata, _) = RunMetadataFolderWriter.BuildStep(PsJobModel.Create(layers, seed), PsJobModel.EpochMicros, seed);
        var builder = new TraceBuilder("generated", "generated");
        var names = new TfNameCache();
        new TfStepAssembler(builder, names).AddStep(RunMetadataReader.Records(metadata.StepStats, "generated", names), "generated");
        return builder.Build();
    }
}
