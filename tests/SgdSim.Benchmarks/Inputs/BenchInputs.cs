using System.Diagnostics;
using System.Globalization;

namespace SgdSim.Benchmarks.Inputs;

/// <summary>
/// The generated benchmark inputs: where they live, how big they are, and generating them once.
/// Sizes and seed come from environment variables (set by <see cref="Program"/> from its options, so that
/// BenchmarkDotNet's child processes see the same values):
/// <c>SGDSIM_BENCH_RUNMETA_MIB</c> and <c>SGDSIM_BENCH_TIMELINE_MIB</c> (default 200 each),
/// <c>SGDSIM_BENCH_SEED</c> (default 42). Inputs are cached under <c>$TMPDIR/sgdsim-bench/</c> in
/// folders whose names carry the size, the seed and the generator version; a cached input is reused as is.
/// </summary>
internal static class BenchInputs
{
    public const string RunMetaMibVariable = "SGDSIM_BENCH_RUNMETA_MIB";
    public const string TimelineMibVariable = "SGDSIM_BENCH_TIMELINE_MIB";
    public const string SeedVariable = "SGDSIM_BENCH_SEED";
    public const int DefaultMib = 200;
    public const int DefaultSeed = 42;

    /// <summary>Bump when the generated RunMetadata content changes, so stale caches are not reused.</summary>
    private const int RunMetaGeneratorVersion = 2;

    /// <summary>Bump when the generated timeline content changes, so stale caches are not reused.</summary>
    private const int TimelineGeneratorVersion = 1;

    public static int RunMetaMib => Int(RunMetaMibVariable, DefaultMib);

    public static int TimelineMib => Int(TimelineMibVariable, DefaultMib);

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

    /// <summary>Total size of the files of a file or folder input.</summary>
    public static long SizeOf(string path) =>
        File.Exists(path) ? new FileInfo(path).Length : new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);

    public static int FileCount(string path) => File.Exists(path) ? 1 : Directory.EnumerateFiles(path).Count();

    /// <summary>Generates the RunMetadata folder unless cached; returns its path.</summary>
    public static string EnsureRunMeta(TextWriter? log = null)
    {
        var folder = RunMetaFolder;
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var staging = Staging(folder);
        var sw = Stopwatch.StartNew();
        var (steps, bytes) = RunMetadataFolderWriter.Write(staging, RunMetaMib * 1048576L, Seed);
        Directory.Move(staging, folder);
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {folder}: {steps} step files, {bytes:N0} bytes, in {sw.Elapsed.TotalSeconds:0.0} s."));
        return folder;
    }

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
    public static string EnsureTimeline(TextWriter? log = null)
    {
        var file = TimelineFile;
        var folder = Path.GetDirectoryName(file)!;
        if (File.Exists(file))
        {
            return file;
        }

        var staging = Staging(folder);
        Directory.CreateDirectory(staging);
        var sw = Stopwatch.StartNew();
        var (layers, events, bytes) = TimelineFileWriter.Write(Path.Combine(staging, Path.GetFileName(file)), TimelineMib * 1048576L, Seed);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(staging, folder);
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {file}: one step of {layers} layers ({2 * layers} variables), {events:N0} op events, {bytes:N0} bytes, in {sw.Elapsed.TotalSeconds:0.0} s."));
        return file;
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
