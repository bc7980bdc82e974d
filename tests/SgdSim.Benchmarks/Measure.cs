using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using SgdSim.Benchmarks.Inputs;
using SgdSim.Traces;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.PyTorch;
using SgdSim.Traces.TensorFlow;
using SgdSim.Traces.TensorFlow.Wire;
using Trace = SgdSim.Traces.Trace;

namespace SgdSim.Benchmarks;

/// <summary>What one import in a fresh process measured.</summary>
internal sealed record MeasureResult(
    string Input,
    string Path,
    int Files,
    long InputBytes,
    double Seconds,
    long AllocatedBytes,
    long BaselineHeapBytes,
    long PeakHeapBytes,
    long ModelBytes,
    long BaselineRssBytes,
    long PeakRssBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    double GcPauseSeconds,
    int Steps,
    long Ops,
    int Parameters,
    Dictionary<string, double>? Stages)
{
    public double MiBPerSecond => InputBytes / 1048576.0 / Seconds;

    public double MBPerSecond => InputBytes / 1e6 / Seconds;

    /// <summary>Managed heap growth at its peak (garbage included) over the retained model.</summary>
    public double PeakHeapOverModel => (double)(PeakHeapBytes - BaselineHeapBytes) / ModelBytes;

    /// <summary>Resident set growth at its peak over the retained model.</summary>
    public double PeakRssOverModel => (double)(PeakRssBytes - BaselineRssBytes) / ModelBytes;
}

/// <summary>
/// <c>--measure</c>: imports each input once, each in a fresh child process (so the process's peak resident set
/// is the import's), and prints input size, time, MiB/s, allocations, the peak managed heap and peak resident set
/// during the import, and the retained size of the resulting <see cref="Trace"/> — so "peak ≤ 2× model" can be judged.
/// </summary>
internal static class Measure
{
    private const string ResultPrefix = "RESULT ";

    /// <summary>Runs the child processes and prints a summary.</summary>
    public static int RunAll(IReadOnlyList<string> only, bool breakdown, bool allocTypes, TimeSpan timeout)
    {
        var kinds = only.Count > 0 ? only : ["runmeta", "timeline", "xspace", "kineto", "chakra"];
        foreach (var kind in kinds)
        {
            _ = kind switch
            {
                "runmeta" => BenchInputs.EnsureRunMeta(Console.Out),
                "timeline" => BenchInputs.EnsureTimeline(Console.Out),
                "xspace" => BenchInputs.EnsureXSpace(Console.Out),
                "kineto" => BenchInputs.EnsureKineto(Console.Out),
                "chakra" => BenchInputs.EnsureChakra(Console.Out),
                _ => throw new ArgumentException($"Unknown input '{kind}' (runmeta, timeline, xspace, kineto or chakra)."),
            };
        }

        var results = new List<MeasureResult>();
        foreach (var kind in kinds)
        {
            Console.WriteLine($"--- {kind}: importing in a fresh process{(breakdown ? " (stage breakdown)" : "")} ...");
            var result = RunChild(kind, breakdown, allocTypes, timeout);
            if (result is null)
            {
                Console.WriteLine($"--- {kind}: no result (see above).");
                continue;
            }

            results.Add(result);
            Print(result);
        }

        Console.WriteLine();
        Console.WriteLine("| Input | Size MiB | Time s | MiB/s (MB/s) | Allocated MiB | Model MiB | Peak heap +MiB (x model) | Peak RSS +MiB (x model) | GCs 0/1/2 | GC pause s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Input} | {Mib(r.InputBytes):0.0} | {r.Seconds:0.00} | {r.MiBPerSecond:0.0} ({r.MBPerSecond:0.0}) | {Mib(r.AllocatedBytes):0} | {Mib(r.ModelBytes):0.0} | " +
                $"{Mib(r.PeakHeapBytes - r.BaselineHeapBytes):0} ({r.PeakHeapOverModel:0.00}x) | {Mib(r.PeakRssBytes - r.BaselineRssBytes):0} ({r.PeakRssOverModel:0.00}x) | " +
                $"{r.Gen0}/{r.Gen1}/{r.Gen2} | {r.GcPauseSeconds:0.00} |"));
        }

        return results.Count == kinds.Count ? 0 : 1;
    }

    private static MeasureResult? RunChild(string kind, bool breakdown, bool allocTypes, TimeSpan timeout)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath!;
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("--measure-one");
        start.ArgumentList.Add(kind);
        if (breakdown)
        {
            start.ArgumentList.Add("--breakdown");
        }

        if (allocTypes)
        {
            start.ArgumentList.Add("--alloc-types");
        }

        using var child = Process.Start(start)!;
        MeasureResult? result = null;
        var reader = Task.Run(() =>
        {
            while (child.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
                {
                    result = JsonSerializer.Deserialize<MeasureResult>(line[ResultPrefix.Length..]);
                }
                else
                {
                    Console.WriteLine($"    {line}");
                }
            }
        });

        if (!child.WaitForExit(timeout))
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    The import did not finish within {timeout.TotalMinutes:0} min; killed it (--timeout-min raises the limit)."));
            return null;
        }

        reader.Wait();
        if (child.ExitCode != 0)
        {
            Console.WriteLine($"    The child process failed with exit code {child.ExitCode}.");
        }

        return result;
    }

    /// <summary><c>--measure-one KIND</c>: the child side; one import, then a result line.</summary>
    public static int RunOne(string kind, bool breakdown, bool allocTypes)
    {
        var path = kind switch
        {
            "runmeta" => BenchInputs.RunMetaFolder,
            "timeline" => BenchInputs.TimelineFile,
            "xspace" => BenchInputs.XSpaceFile,
            "kineto" => BenchInputs.KinetoFile,
            "chakra" => BenchInputs.ChakraFolder,
            _ => throw new ArgumentException($"Unknown input '{kind}' (runmeta, timeline, xspace, kineto or chakra)."),
        };
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"The input is not generated yet: {path}");
        }

        var inputBytes = BenchInputs.SizeOf(path);
        var files = BenchInputs.FileCount(path);
        Dictionary<string, double>? stages = breakdown ? [] : null;

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baselineHeap = GC.GetTotalMemory(forceFullCollection: true);
        var baselineRss = ProcStatus("VmRSS");
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();

        using var allocations = allocTypes ? new AllocationSampler() : null;
        allocations?.Start();
        using var sampler = new PeakSampler();
        var sw = Stopwatch.StartNew();
        Trace trace = (kind, breakdown) switch
        {
            ("runmeta", false) => RunMetadataReader.Read(path),
            ("timeline", false) => TimelineJsonReader.Read(path),
            ("xspace", _) => XSpaceReader.Read(path),
            ("kineto", false) => KinetoReader.Read(path),
            ("kineto", true) => KinetoByStage(path, stages!),
            ("chakra", _) => ChakraReader.Read(path),
            ("runmeta", true) => RunMetaByStage(path, stages!),
            _ => TimelineByStage(path, stages!),
        };
        sw.Stop();
        var (peakHeap, gcsSeen) = sampler.Stop();
        var sampledTypes = allocations?.Stop();

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var gcs = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
        var gcPause = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        var peakRss = ProcStatus("VmHWM");
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        var result = new MeasureResult(
            kind, path, files, inputBytes, sw.Elapsed.TotalSeconds, allocated, baselineHeap, Math.Max(peakHeap, retained), retained - baselineHeap,
            baselineRss, peakRss, gcs.Item1, gcs.Item2, gcs.Item3, gcPause,
            trace.Steps.Count, trace.Steps.Sum(s => (long)s.Ops.Count), trace.Parameters.Count, stages);
        GC.KeepAlive(trace);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sampler saw {gcsSeen} of {gcs.Item1} GCs' before-sizes; GC mode: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, " +
            $"{System.Runtime.GCSettings.LatencyMode}; {Environment.ProcessorCount} cores"));
        if (sampledTypes is { Count: > 0 })
        {
            var sampled = sampledTypes.Sum(t => t.Bytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"allocations by type (GCAllocationTick samples, {sampled / 1048576.0:0} MiB sampled of {allocated / 1048576.0:0} MiB allocated):"));
            foreach (var (type, bytes) in sampledTypes.Take(20))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / sampled,5:0.0}%  {bytes / 1048576.0,8:0} MiB  {type}"));
            }
        }

        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    private static void Print(MeasureResult r)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                input          {r.Path} ({r.Files} file(s))
                input bytes    {r.InputBytes:N0} ({Mib(r.InputBytes):0.0} MiB)
                elapsed        {r.Seconds:0.000} s
                throughput     {r.MiBPerSecond:0.0} MiB/s = {r.MBPerSecond:0.0} MB/s  (goal >= 200)
                trace          {r.Steps:N0} step(s), {r.Ops:N0} ops, {r.Parameters:N0} parameters
                allocated      {Mib(r.AllocatedBytes):0.0} MiB during the import
                model          {Mib(r.ModelBytes):0.0} MiB retained (managed heap with the Trace alive, minus before)
                peak heap      {Mib(r.PeakHeapBytes - r.BaselineHeapBytes):0.0} MiB above baseline = {r.PeakHeapOverModel:0.00}x model  (goal <= 2)
                peak RSS       {Mib(r.PeakRssBytes - r.BaselineRssBytes):0.0} MiB above baseline = {r.PeakRssOverModel:0.00}x model  (VmHWM {Mib(r.PeakRssBytes):0} MiB)
                GCs            gen0 {r.Gen0}, gen1 {r.Gen1}, gen2 {r.Gen2}; pauses {r.GcPauseSeconds:0.00} s
            """));
        if (r.Stages is { } stages)
        {
            foreach (var (stage, seconds) in stages)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    stage {stage,-44} {seconds,8:0.000} s  {100 * seconds / r.Seconds,5:0.0}%"));
            }
        }
    }

    private static double Mib(long bytes) => bytes / 1048576.0;

    // RunMetadataReader.Read, stage by stage (same calls, timed apart).
    private static Trace RunMetaByStage(string folder, Dictionary<string, double> stages)
    {
        var sw = new Stopwatch();
        void Time(string stage, Action action)
        {
            sw.Restart();
            action();
            stages[stage] = stages.GetValueOrDefault(stage) + sw.Elapsed.TotalSeconds;
        }

        string[] files = [];
        Time("list files", () => files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToArray());
        var builder = new TraceBuilder(RunMetadataReader.FormatName, folder);
        var names = new TfNameCache();
        var assembler = new TfStepAssembler(builder, names);
        foreach (var file in files)
        {
            RunMetadata metadata = null!;
            List<TfRecord> records = null!;
            Time("protobuf parse (RunMetadata.Parser.ParseFrom)", () =>
            {
                using var stream = File.OpenRead(file);
                metadata = RunMetadata.Parser.ParseFrom(stream);
            });
            Time("records (RunMetadataReader.Records)", () => records = RunMetadataReader.Records(metadata.StepStats, file, names));
            Time("assemble (TfStepAssembler.AddStep)", () => assembler.AddStep(records, file));
        }

        Trace trace = null!;
        Time("build (TraceBuilder.Build)", () => trace = builder.Build());
        return trace;
    }

    // TimelineJsonReader.Read, stage by stage.
    private static Trace TimelineByStage(string file, Dictionary<string, double> stages)
    {
        var builder = new TraceBuilder(TimelineJsonReader.FormatName, file);
        var names = new TfNameCache();
        var sw = Stopwatch.StartNew();
        var records = TimelineJsonReader.ReadFile(file, builder, names);
        stages["JSON read + records (TimelineJsonReader.ReadFile)"] = sw.Elapsed.TotalSeconds;
        LiveHeap("after ReadFile: the step's TfRecords + the builder's interned names");
        sw.Restart();
        new TfStepAssembler(builder, names).AddStep(records, file);
        stages["assemble (TfStepAssembler.AddStep)"] = sw.Elapsed.TotalSeconds;
        GC.KeepAlive(records);
        LiveHeap("after AddStep (which consumes the records): builder with the step's TraceOps");
        records = null;
        sw.Restart();
        var trace = builder.Build();
        stages["build (TraceBuilder.Build)"] = sw.Elapsed.TotalSeconds;
        LiveHeap("after Build, builder still referenced (its name/lane indexes and intern table)");
        GC.KeepAlive(builder);
        return trace;
    }

    // KinetoReader.Read, stage by stage (one file).
    private static Trace KinetoByStage(string file, Dictionary<string, double> stages)
    {
        var builder = new TraceBuilder(KinetoReader.FormatName, file);
        var sw = Stopwatch.StartNew();
        var parsed = KinetoFileParser.Parse(file, new Dictionary<string, string>(StringComparer.Ordinal), builder.Intern);
        stages["JSON read (KinetoFileParser.Parse)"] = sw.Elapsed.TotalSeconds;
        LiveHeap("after Parse: the file's slices and flows");
        sw.Restart();
        var trace = new KinetoAssembler(builder, file).Assemble([parsed]);
        stages["assemble + build (KinetoAssembler.Assemble)"] = sw.Elapsed.TotalSeconds;
        GC.KeepAlive(builder);
        return trace;
    }

    // Live managed heap at a stage boundary (a forced full GC, outside the stage timings); diagnostic only.
    private static void LiveHeap(string what) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0,8:0.0} MiB  {what}"));

    private static long ProcStatus(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kb = line[(field.Length + 1)..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>
    /// Samples the managed heap every millisecond: the heap size (garbage included) and, for each GC it sees,
    /// the heap size just before that GC (a local peak). The larger of the two maxima is the peak.
    /// </summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;
        private int _gcsSeen;

        public PeakSampler()
        {
            _peak = GC.GetTotalMemory(false);
            _thread = new Thread(Run) { IsBackground = true, Name = "peak sampler", Priority = ThreadPriority.AboveNormal };
            _thread.Start();
        }

        public (long Peak, int GcsSeen) Stop()
        {
            _stop = true;
            _thread.Join();
            return (Math.Max(_peak, GC.GetTotalMemory(false)), _gcsSeen);
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }

        private void Run()
        {
            var lastIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;
            while (!_stop)
            {
                _peak = Math.Max(_peak, GC.GetTotalMemory(false));
                var info = GC.GetGCMemoryInfo(GCKind.Any);
                if (info.Index != lastIndex)
                {
                    lastIndex = info.Index;
                    _gcsSeen++;
                    long before = 0;
                    foreach (var generation in info.GenerationInfo)
                    {
                        before += generation.SizeBeforeBytes;
                    }

                    _peak = Math.Max(_peak, before);
                }

                Thread.Sleep(1);
            }
        }
    }
}
