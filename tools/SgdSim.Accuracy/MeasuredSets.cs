using System.Globalization;
using System.Text.Json;
using SgdSim.Calibration;

namespace SgdSim.Accuracy;

/// <summary>One measured cluster: the one-worker trace to predict from and the throughput measured with several worker counts.</summary>
/// <param name="Name">The set's folder name.</param>
/// <param name="Display">The folder as docs/accuracy.md names it, relative to the repository (<c>../shared/groundtruth/mlp-b128-1gbit</c>).</param>
/// <param name="Folder">The folder's full path.</param>
/// <param name="LinkBitsPerS">The nominal NIC rate: <c>link_bits_per_s</c> of its <c>set.json</c>.</param>
/// <param name="Description">What <c>set.json</c> says of the job and host, as one line.</param>
/// <param name="HowPath">Its <c>HOW.md</c> relative to the repository, for a set the project measured; null for a shared one.</param>
/// <param name="RunSeconds">How long each measured run lasted (<c>run_seconds</c> of its <c>set.json</c>), so that the run
/// range is predicted for runs of that length; null: unknown (the run range then covers <c>sgdsim</c>'s default length).</param>
internal sealed record MeasuredSet(string Name, string Display, string Folder, double LinkBitsPerS, string Description, string? HowPath, double? RunSeconds = null)
{
    /// <summary>The one-worker trace folder.</summary>
    public string Trace => Path.Combine(Folder, "trace");

    /// <summary>The measured-throughput CSV.</summary>
    public string Measured => Path.Combine(Folder, "measured.csv");
}

/// <summary>Finds the measured sets: those of <c>../shared/groundtruth</c> when present, then the project's own in <c>traces/measured</c>.</summary>
internal static class MeasuredSets
{
    /// <summary>The shared ground truth, beside the checkout (absent from a clone).</summary>
    public const string SharedFolder = "../shared/groundtruth";

    /// <summary>The sets the project measured itself, kept in the repository.</summary>
    public const string OwnFolder = "traces/measured";

    /// <summary>Every set under <paramref name="repository"/>, shared ones first, each group in name order.</summary>
    /// <exception cref="InvalidInputException">A set lacks a file, or its set.json has no usable link rate.</exception>
    public static IReadOnlyList<MeasuredSet> Discover(string repository)
    {
        var sets = new List<MeasuredSet>();

        // The shared folder also holds the testbed that measured the sets: a folder is a set when it has measurements.
        foreach (var folder in Subfolders(Path.Combine(repository, SharedFolder)))
        {
            if (File.Exists(Path.Combine(folder, "measured.csv")))
            {
                sets.Add(Load(folder, SharedFolder, own: false));
            }
        }

        // Every folder of our own is meant to be a set, so an incomplete one is an error, not something to skip.
        foreach (var folder in Subfolders(Path.Combine(repository, OwnFolder)))
        {
            sets.Add(Load(folder, OwnFolder, own: true));
        }

        return sets;
    }

    private static IEnumerable<string> Subfolders(string path) =>
        Directory.Exists(path) ? Directory.GetDirectories(path).Order(StringComparer.Ordinal) : [];

    private static MeasuredSet Load(string folder, string parent, bool own)
    {
        var name = Path.GetFileName(folder);
        var display = $"{parent}/{name}";
        string[] needed = own ? ["trace/", "measured.csv", "set.json", "HOW.md"] : ["trace/", "measured.csv", "set.json"];
        var missing = needed.Where(n => n.EndsWith('/') ? !Directory.Exists(Path.Combine(folder, n[..^1])) : !File.Exists(Path.Combine(folder, n))).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidInputException(display, $"is not a measured set: it lacks {string.Join(", ", missing)} (a set holds {string.Join(", ", needed)}).");
        }

        var setJson = $"{display}/set.json";
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "set.json")));
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(setJson, $"is not valid JSON ({e.Message}).", e);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("link_bits_per_s", out var link)
            || link.ValueKind != JsonValueKind.Number || !(link.GetDouble() > 0))
        {
            throw new InvalidInputException(setJson, "has no positive number link_bits_per_s (the nominal NIC rate in bits/s).");
        }

        double? runSeconds = null;
        if (root.TryGetProperty("run_seconds", out var run))
        {
            if (run.ValueKind != JsonValueKind.Number || !(run.GetDouble() > 0))
            {
                throw new InvalidInputException(setJson, "has a run_seconds that is not a positive number (the length of each measured run, in seconds).");
            }

            runSeconds = run.GetDouble();
        }

        return new MeasuredSet(name, display, folder, link.GetDouble(), Describe(root, link.GetDouble()), own ? $"{display}/HOW.md" : null, runSeconds);
    }

    // The fields the shared sets have; any of them may be missing from a set of another origin.
    private static string Describe(JsonElement set, double linkBitsPerS)
    {
        string? Text(string property) => set.TryGetProperty(property, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())
            : null;

        var job = new List<string>();
        if (Text("model") is { } model)
        {
            job.Add(model);
        }

        if (Text("batch") is { } batch)
        {
            job.Add($"batch {batch}");
        }

        job.Add(Bandwidth.Format(linkBitsPerS));
        if (Text("parameter_servers") is { } servers)
        {
            job.Add(string.Create(CultureInfo.InvariantCulture, $"{servers} PS"));
        }

        var line = string.Join(", ", job);
        return Text("host") is { } host ? $"{line}; {host}" : line;
    }
}
