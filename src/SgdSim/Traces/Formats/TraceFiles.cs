namespace SgdSim.Traces;

/// <summary>
/// Lists the files a trace path stands for: the file itself, or a folder's step files in name order. In a folder,
/// files with a trace extension (<c>.pb</c>, <c>.runmeta</c>, <c>.json</c>, <c>.json.gz</c>, …) are the steps and
/// anything else (a README, a CSV of sizes) is left alone; a folder with no such extension offers all its files.
/// </summary>
internal static class TraceFiles
{
    private static readonly string[] TraceExtensions =
        [".pb", ".runmeta", ".runmetadata", ".json", ".json.gz", ".et", ".xplane.pb", ".pt.trace.json"];

    public static IReadOnlyList<string> List(string path, Func<string, bool> wanted)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new InvalidTraceException(path, "does not exist.");
        }

        var visible = Directory.EnumerateFiles(path)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var traceLike = visible.Where(f => TraceExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase))).ToArray();
        var files = (traceLike.Length > 0 ? traceLike : visible).Where(wanted).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidTraceException(path, "is a folder with no trace files in it.");
        }

        return files;
    }
}
