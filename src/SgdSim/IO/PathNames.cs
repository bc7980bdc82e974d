namespace SgdSim.IO;

/// <summary>Paths as titles show them.</summary>
public static class PathNames
{
    /// <summary>The last two parts of a path (<c>cnn-b64-1gbit/trace</c>): enough to tell traces apart in a title.</summary>
    public static string Short(string path)
    {
        var parts = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar).Split(Path.DirectorySeparatorChar);
        return string.Join('/', parts[^Math.Min(2, parts.Length)..]);
    }
}
