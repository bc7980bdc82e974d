namespace SgdSim.Traces;

/// <summary>Lists the files a trace path stands for: the file itself, or a folder's files in name order.</summary>
internal static class TraceFiles
{
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

        var files = Directory.EnumerateFiles(path)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && wanted(f))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new InvalidTraceException(path, "is a folder with no trace files in it.");
        }

        return files;
    }
}
