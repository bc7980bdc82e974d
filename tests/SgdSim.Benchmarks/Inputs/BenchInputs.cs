using System.Diagnostics;
using System.Globalization;

namespace SgdSim.Benchmarks.Inputs;

/// <summary>
/// The generated benchmark inputs: where they live, how big they are, and generating them once.
/// Sizes and seed come from environment variables (set by <see cref="Program"/> from its options, so that
/// BenchmarkDotNet's child processes see the same values):
/// <c>SGDSIM_BENCH_RUNMETA_MIB</c>, <c>SGDSIM_BENCH_TIMELINE_MIB</c> and <c>SGDSIM_BENCH_CHAKRA_MIB</c> (default 200 each),
/// <c>SGDSIM_BENCH_SEED</c> (default 42). Inputs are cached under <c>$TMPDIR/sgdsim-bench/</c> in
/// folders whose names carry the size, the seed and the generator version; a cached input is reused as is.
/// </summary>
internal static class BenchInputs
{
    public const string RunMetaMibVariable = "SGDSIM_BENCH_RUNMETA_MIB";
    public const string TimelineMibVariable = "SGDSIM_BENCH_TIMELINE_MIB";
    public const string XSpaceMibVariable = "SGDSIM_BENCH_XSPACE_MIB";
    public const string KinetoMibVariable = "SGDSIM_BENCH_KINETO_MIB";
    public const string ChakraMibVariable = "SGDSIM_BENCH_CHAKRA_MIB";
    public const string SeedVariable = "SGDSIM_BENCH_SEED";
    public const int DefaultMib = 200;
    public const int DefaultSeed = 42;

    /// <summary>Bump when the generated RunMetadata content changes, so stale caches are not reused.</summary>
    private const int RunMetaGeneratorVersion = 2;

    /// <summary>Bump when the generated timeline content changes, so stale caches are not reused.</summary>
    private const int TimelineGeneratorVersion = 1;

    /// <summary>Bump when the generated XSpace content changes, so stale caches are not reused.</summary>
    private const int XSpaceGeneratorVersion = 2;
    /// <summary>Bump when the generated Kineto content changes, so stale caches are not reused.</summary>
    private const int KinetoGeneratorVersion = 1;
    /// <summary>Bump when the generated Chakra content changes, so stale caches are not reused.</summary>
    private const int ChakraGeneratorVersion = 2;

    public static int RunMetaMib => Int(RunMetaMibVariable, DefaultMib);

    public static int KinetoMib => Int(KinetoMibVariable, DefaultMib);

    public static string KinetoFile =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"kineto-{KinetoMib}MiB-seed{Seed}-v{KinetoGeneratorVersion}"), "rank0.pt.trace.json");

    public static int TimelineMib => Int(TimelineMibVariable, DefaultMib);

    public static int XSpaceMib => Int(XSpaceMibVariable, DefaultMib);
    public static int ChakraMib => Int(ChakraMibVariable, DefaultMib);

    public static int Seed => Int(SeedVariable, DefaultSeed);

    public static string Root => Path.Combine(Path.GetTempPath(), "sgdsim-bench");

    public static string RunMetaFolder =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"runmeta-{RunMetaMib}MiB-seed{Seed}-v{RunMetaGeneratorVersion}"));

    /// <summary>Layers of the replay benchmarks' model: 160 parameter tensors and 1,920 ops per step, like ResNet-50 in TF1.</summary>
    public const int ReplayLayers = 80;

    /// <summary>Steps of the replay benchmarks' trace: a warm-up step and eleven to calibrate from.</summary>
    public const int ReplaySteps = 12;

    /// <summary>Bump when the generated replay trace changes, so stale caches are not reused.</summary>
    private const int ReplayGeneratorVersion = 1;

    public static string ReplayTraceFolder =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"replay-{ReplayLayers}layers-{ReplaySteps}steps-seed{Seed}-v{ReplayGeneratorVersion}"));

    public static string TimelineFile =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"timeline-{TimelineMib}MiB-seed{Seed}-v{TimelineGeneratorVersion}"), "step.json");

    public static string XSpaceFile =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"xspace-{XSpaceMib}MiB-seed{Seed}-v{XSpaceGeneratorVersion}"), "worker.xplane.pb");
    public static string ChakraFolder =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"chakra-{ChakraMib}MiB-seed{Seed}-v{ChakraGeneratorVersion}"));

    /// <summary>Total size of the files of a file or folder input.</summary>
    public static long SizeOf(string path) =>
        File.Exists(path) ? new FileInfo(path).Length : new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);

    public static int FileCount(string path) => File.Exists(path) ? 1 : Directory.EnumerateFiles(path).Count();

    /// <summary>Generates the RunMetadata folder unless cached; returns its path.</summary>
    public static string EnsureRunMeta(TextWriter? log = null) => EnsureFolder(RunMetaFolder, log, staging =>
    {
        var (steps, bytes) = RunMetadataFolderWriter.Write(staging, RunMetaMib * 1048576L, Seed);
        return string.Create(CultureInfo.InvariantCulture, $"{steps} step files, {bytes:N0} bytes");
    });

    /// <summary>Generates the ResNet-50-sized trace the replay benchmarks calibrate from, unless cached; returns its path.</summary>
    public static string EnsureReplayTrace(TextWriter? log = null)
    {
        var folder = ReplayTraceFolder;
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var staging = Staging(folder);
        var (steps, bytes) = RunMetadataFolderWriter.Write(staging, PsJobModel.Create(ReplayLayers, Seed, bookkeeping: true), ReplaySteps, Seed);
        Directory.Move(staging, folder);
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {folder}: {steps} step files, {bytes:N0} bytes."));
        return folder;
    }

    /// <summary>Generates the timeline JSON file unless cached; returns its path.</summary>
    public static string EnsureTimeline(TextWriter? log = null) => EnsureFile(TimelineFile, log, path =>
    {
        var (layers, events, bytes) = TimelineFileWriter.Write(path, TimelineMib * 1048576L, Seed);
        return $"one step of {layers} layers ({2 * layers} variables), {events:N0} op events, {bytes:N0} bytes";
    });

    /// <summary>Generates the Kineto JSON file unless cached; returns its path.</summary>
    public static string EnsureKineto(TextWriter? log = null) => EnsureFile(KinetoFile, log, path =>
    {
        var (steps, events, bytes) = KinetoFileWriter.Write(path, KinetoMib * 1048576L, Seed);
        return $"{steps} steps of {KinetoFileWriter.Layers} layers, {events:N0} events, {bytes:N0} bytes";
    });

    // A one-file input in a folder of its own: written in a staging folder (write returns what it wrote) and moved.
    private static string EnsureFile(string file, TextWriter? log, Func<string, FormattableString> write)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (File.Exists(file))
        {
            return file;
        }

        var staging = Staging(folder);
        Directory.CreateDirectory(staging);
        var sw = Stopwatch.StartNew();
        var what = write(Path.Combine(staging, Path.GetFileName(file)));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(staging, folder);
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {file}: ") + FormattableString.Invariant(what) +
            string.Create(CultureInfo.InvariantCulture, $", in {sw.Elapsed.TotalSeconds:0.0} s."));
        return file;
    }

    /// <summary>Generates the XSpace file unless cached; returns its path.</summary>
    public static string EnsureXSpace(TextWriter? log = null) => EnsureFile(XSpaceFile, log, path =>
    {
        var (steps, hostOps, kernels, bytes) = XSpaceFileWriter.Write(path, XSpaceMib * 1048576L, Seed);
        return $"{steps} steps on {XSpaceFileWriter.Gpus} GPUs, {hostOps:N0} host op events, {kernels:N0} kernels, {bytes:N0} bytes";
    });

    /// <summary>Generates the Chakra folder (one .et per node) unless cached; returns its path.</summary>
    public static string EnsureChakra(TextWriter? log = null) => EnsureFolder(ChakraFolder, log, staging =>
    {
        var (layers, ops, bytes) = ChakraFolderWriter.Write(staging, ChakraMib * 1048576L, Seed);
        return string.Create(CultureInfo.InvariantCulture, $"one step of {layers} layers, {ops:N0} ops, {bytes:N0} bytes");
    });

    // Generates a folder input into a staging folder (see Staging), which it then renames; logs what it generated.
    private static string EnsureFolder(string folder, TextWriter? log, Func<string, string> generate)
    {
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var staging = Staging(folder);
        var sw = Stopwatch.StartNew();
        var what = generate(staging);
        Directory.Move(staging, folder);
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {folder}: {what}, in {sw.Elapsed.TotalSeconds:0.0} s."));
        return folder;
    }

    // Generate next to the final place and rename when complete, so an interrupted run leaves no half input behind.
    private static string Staging(string final)
    {
        Directory.CreateDirectory(Root);
        var staging = $"{final}.partial-{Environment.ProcessId}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        return staging;
    }

    private static int Int(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
