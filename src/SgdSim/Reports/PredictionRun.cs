using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SgdSim.Simulation;
using SgdSim.Traces;

namespace SgdSim.Reports;

/// <summary>What a set of predictions was computed from, so that a saved table says how to reproduce it.</summary>
/// <param name="TracePath">The trace as it was given (a file or a folder).</param>
/// <param name="TraceSha256">Lower-case hex SHA-256 of the trace, see <see cref="HashTrace"/>.</param>
/// <param name="ToolVersion">SgdSim's informational version (<see cref="CurrentToolVersion"/>).</param>
/// <param name="Seed">Base seed of the predictions.</param>
/// <param name="Steps">Steps each worker completed per run.</param>
/// <param name="WarmupSteps">Steps of each worker left out of the throughput.</param>
/// <param name="Durations">How op durations were drawn from the trace.</param>
/// <param name="FlowPerMessage">Whether the all-flows fair-sharing network replaced per-connection queues.</param>
/// <param name="BandwidthBitsPerS">The nominal link rate the model was told, or null when it came from the trace.</param>
/// <param name="BatchSize">Samples per worker step, or null when not given.</param>
public sealed record PredictionRun(
    string TracePath,
    string TraceSha256,
    string ToolVersion,
    int Seed,
    int Steps,
    int WarmupSteps,
    DurationMode Durations,
    bool FlowPerMessage,
    double? BandwidthBitsPerS,
    int? BatchSize)
{
    /// <summary>SgdSim's informational version, e.g. <c>0.1.0+1a2b3c…</c> (the commit it was built from, when known).</summary>
    public static string CurrentToolVersion { get; } =
        typeof(PredictionRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PredictionRun).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Describes a run of <see cref="Predictor.Predict"/> on <paramref name="tracePath"/> with <paramref name="options"/>; hashes the trace.</summary>
    /// <exception cref="InvalidTraceException">The trace path does not exist or is a folder without trace files.</exception>
    public static PredictionRun Describe(string tracePath, PredictionOptions options, double? bandwidthBitsPerS = null, int? batchSize = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PredictionRun(tracePath, HashTrace(tracePath), CurrentToolVersion, options.Seed, options.Steps,
            options.WarmupSteps, options.Durations, options.FlowPerMessage, bandwidthBitsPerS, batchSize);
    }

    /// <summary>
    /// SHA-256 of a trace: of the file's bytes for a file (what <c>sha256sum FILE</c> prints); for a folder, of the
    /// lines <c>&lt;file sha256&gt;  &lt;file name&gt;\n</c> of the trace files it holds in name order (what
    /// <c>sha256sum FILES | sha256sum</c> prints), so renaming, adding or changing a step changes it.
    /// </summary>
    /// <exception cref="InvalidTraceException">The path does not exist or is a folder without trace files.</exception>
    public static string HashTrace(string tracePath)
    {
        if (File.Exists(tracePath))
        {
            return HashFile(tracePath);
        }

        var listing = new StringBuilder();
        foreach (var file in TraceFiles.List(tracePath, _ => true))
        {
            listing.Append(HashFile(file)).Append("  ").Append(Path.GetFileName(file)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
