using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using SgdSim.Benchmarks.Inputs;
using SgdSim.Traces;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.PyTorch;
using SgdSim.Traces.TensorFlow;

namespace SgdSim.Benchmarks;

/// <summary>
/// Imports the generated inputs (see <see cref="BenchInputs"/>) end to end: files on disk → <see cref="Trace"/>.
/// Inputs this big need few iterations: one warm-up and three measured imports, one import per iteration,
/// in a single process (<see cref="RunStrategy.Monitoring"/>: no pilot stage, no overhead subtraction).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ImporterConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class ImporterBenchmarks
{
    private string _runMeta = "";
    private string _timeline = "";
    private string _xspace = "";
    private string _kineto = "";
    private string _chakra = "";

    [GlobalSetup(Target = nameof(ImportRunMetadataFolder))]
    public void SetUpRunMetadata() => _runMeta = BenchInputs.EnsureRunMeta(Console.Out);

    [GlobalSetup(Target = nameof(ImportTimelineJson))]
    public void SetUpTimeline() => _timeline = BenchInputs.EnsureTimeline(Console.Out);

    [GlobalSetup(Target = nameof(ImportXSpace))]
    public void SetUpXSpace() => _xspace = BenchInputs.EnsureXSpace(Console.Out);
    [GlobalSetup(Target = nameof(ImportKinetoJson))]
    public void SetUpKineto() => _kineto = BenchInputs.EnsureKineto(Console.Out);
    [GlobalSetup(Target = nameof(ImportChakraFolder))]
    public void SetUpChakra() => _chakra = BenchInputs.EnsureChakra(Console.Out);

    /// <summary>A folder of RunMetadata protobufs, one file per step (≥ 200 MiB by default).</summary>
    [Benchmark]
    public Trace ImportRunMetadataFolder() => RunMetadataReader.Read(_runMeta);

    /// <summary>One timeline JSON file holding one big step (≥ 200 MiB by default).</summary>
    [Benchmark]
    public Trace ImportTimelineJson() => TimelineJsonReader.Read(_timeline);

    /// <summary>One TF2 profiler XSpace of a 4-GPU worker, many steps (≥ 200 MiB by default).</summary>
    [Benchmark]
    public Trace ImportXSpace() => XSpaceReader.Read(_xspace);
    /// <summary>One PyTorch profiler (Kineto) JSON file of a GPU data-parallel rank, many steps (≥ 200 MiB by default).</summary>
    [Benchmark]
    public Trace ImportKinetoJson() => KinetoReader.Read(_kineto);
    /// <summary>A folder of Chakra .et files, one per node, of one big step (≥ 200 MiB by default).</summary>
    [Benchmark]
    public Trace ImportChakraFolder() => ChakraReader.Read(_chakra);
}

/// <summary>Adds the input size and the throughput (input size / mean time) to the summary table.</summary>
public sealed class ImporterConfig : ManualConfig
{
    public ImporterConfig()
    {
        AddColumn(new InputSizeColumn(), new ThroughputColumn());
    }
}
